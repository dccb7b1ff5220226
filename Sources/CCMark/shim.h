#ifndef LDPUB_CCMARK_SHIM_H
#define LDPUB_CCMARK_SHIM_H
#include <cmark.h>
#endif
