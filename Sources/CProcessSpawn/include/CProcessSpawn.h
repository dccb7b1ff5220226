// ldpub — MIT licence.
// What Swift cannot reach of posix_spawn: glibc declares the "close every descriptor from n"
// file action only under _GNU_SOURCE, which Swift's Glibc module does not define.
#ifndef LDPUB_CPROCESSSPAWN_H
#define LDPUB_CPROCESSSPAWN_H

#include <spawn.h>

/// Adds a file action that closes every descriptor from `lowest` upward in the child.
/// Returns 0, an errno value, or ENOSYS where the C library has no such action.
int ldpub_spawn_file_actions_add_close_from(posix_spawn_file_actions_t *actions, int lowest);

#endif
