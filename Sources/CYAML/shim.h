#ifndef LDPUB_CYAML_SHIM_H
#define LDPUB_CYAML_SHIM_H
#include <yaml.h>
#endif
