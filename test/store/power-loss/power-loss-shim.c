// Preloaded into a writer process by the power-loss test: a disk that loses what was written but not yet flushed.
// Every write to a project file (.powerhall, -wal, -journal) is recorded with the bytes it replaced, and fsync of
// that file forgets the record. At the N-th write or fsync (POWERHALL_FAULT_AT) the process "loses power": the
// bytes that unflushed writes replaced are put back (all of them, or every other one when POWERHALL_FAULT_DROP is
// "alternate", as a disk that reorders writes would leave them; bytes past the old end become zeros), then it exits
// with status 86 without running anything else. With POWERHALL_POWER_LOSS_SIGNAL set, SIGUSR2 does the same at a
// moment the test chooses (a server idle after acknowledging an edit).
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

typedef struct {
  int fd;
  off_t off;
  size_t len;
  unsigned char *old;
  size_t oldlen;
} Undo;

static Undo *undos;
static size_t nundo, capundo;
static long counter;
static long fault_at = -1;
static int alternate;
static ssize_t (*real_pwrite64)(int, const void *, size_t, off_t);
static ssize_t (*real_pread64)(int, void *, size_t, off_t);
static ssize_t (*real_write)(int, const void *, size_t);
static int (*real_fsync)(int);
static int (*real_close)(int);

static void init(void) {
  if (real_pwrite64) return;
  real_pwrite64 = dlsym(RTLD_NEXT, "pwrite64");
  real_pread64 = dlsym(RTLD_NEXT, "pread64");
  real_write = dlsym(RTLD_NEXT, "write");
  real_fsync = dlsym(RTLD_NEXT, "fsync");
  real_close = dlsym(RTLD_NEXT, "close");
  const char *at = getenv("POWERHALL_FAULT_AT");
  const char *drop = getenv("POWERHALL_FAULT_DROP");
  fault_at = at ? atol(at) : -1;
  alternate = drop && strcmp(drop, "alternate") == 0;
}

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int watched(int fd) {
  char link[64], path[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, sizeof path - 1);
  if (n <= 0) return 0;
  path[n] = 0;
  return ends_with(path, ".powerhall") || ends_with(path, ".powerhall-wal") || ends_with(path, ".powerhall-journal");
}

static void lose_power(void) {
  static unsigned char zeros[65536];
  for (size_t i = nundo; i-- > 0;) {
    if (alternate && i % 2 == 1) continue;
    Undo *u = &undos[i];
    if (u->oldlen > 0) real_pwrite64(u->fd, u->old, u->oldlen, u->off);
    for (size_t done = u->oldlen; done < u->len;) {
      size_t n = u->len - done < sizeof zeros ? u->len - done : sizeof zeros;
      real_pwrite64(u->fd, zeros, n, u->off + (off_t)done);
      done += n;
    }
  }
  _exit(86);
}

static void on_signal(int sig) {
  (void)sig;
  lose_power();
}

__attribute__((constructor)) static void install(void) {
  if (!getenv("POWERHALL_POWER_LOSS_SIGNAL")) return;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_signal;
  sigaction(SIGUSR2, &action, NULL);
}

static void tick(void) {
  counter += 1;
  if (counter == fault_at) lose_power();
}

static void remember(int fd, size_t len, off_t off) {
  if (nundo == capundo) {
    capundo = capundo ? capundo * 2 : 256;
    undos = realloc(undos, capundo * sizeof *undos);
  }
  Undo *u = &undos[nundo++];
  u->fd = fd;
  u->off = off;
  u->len = len;
  u->old = malloc(len ? len : 1);
  ssize_t n = real_pread64(fd, u->old, len, off);
  u->oldlen = n > 0 ? (size_t)n : 0;
}

ssize_t pwrite64(int fd, const void *buf, size_t len, off_t off) {
  init();
  if (watched(fd)) {
    tick();
    remember(fd, len, off);
  }
  return real_pwrite64(fd, buf, len, off);
}

ssize_t pwrite(int fd, const void *buf, size_t len, off_t off) {
  return pwrite64(fd, buf, len, off);
}

ssize_t write(int fd, const void *buf, size_t len) {
  init();
  if (fd > 2 && watched(fd)) {
    off_t off = lseek(fd, 0, SEEK_CUR);
    if (off >= 0) {
      tick();
      remember(fd, len, off);
    }
  }
  return real_write(fd, buf, len);
}

static void forget(int fd) {
  size_t kept = 0;
  for (size_t i = 0; i < nundo; i++) {
    if (undos[i].fd == fd) free(undos[i].old);
    else undos[kept++] = undos[i];
  }
  nundo = kept;
}

int fsync(int fd) {
  init();
  if (watched(fd)) {
    tick();
    int result = real_fsync(fd);
    forget(fd);
    return result;
  }
  return real_fsync(fd);
}

// A closed descriptor's number is reused; what was written through it is no longer tracked (kept as written).
int close(int fd) {
  init();
  forget(fd);
  return real_close(fd);
}

int fdatasync(int fd) {
  return fsync(fd);
}
