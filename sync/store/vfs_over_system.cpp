#include "store/vfs_over_system.h"

namespace rapport::sqlite {

namespace {

int passDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    return systemUnder(vfs)->xDelete(systemUnder(vfs), name, syncDir);
}
int passAccess(sqlite3_vfs *vfs, const char *name, int flags, int *result)
{
    return systemUnder(vfs)->xAccess(systemUnder(vfs), name, flags, result);
}
int passFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return systemUnder(vfs)->xFullPathname(systemUnder(vfs), name, size, out);
}
void *passDlOpen(sqlite3_vfs *vfs, const char *name)
{
    return systemUnder(vfs)->xDlOpen(systemUnder(vfs), name);
}
void passDlError(sqlite3_vfs *vfs, int size, char *message)
{
    systemUnder(vfs)->xDlError(systemUnder(vfs), size, message);
}
void (*passDlSym(sqlite3_vfs *vfs, void *library, const char *symbol))(void)
{
    return systemUnder(vfs)->xDlSym(systemUnder(vfs), library, symbol);
}
void passDlClose(sqlite3_vfs *vfs, void *library)
{
    systemUnder(vfs)->xDlClose(systemUnder(vfs), library);
}
int passRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return systemUnder(vfs)->xRandomness(systemUnder(vfs), size, out);
}
int passSleep(sqlite3_vfs *vfs, int microseconds)
{
    return systemUnder(vfs)->xSleep(systemUnder(vfs), microseconds);
}
int passCurrentTime(sqlite3_vfs *vfs, double *now)
{
    return systemUnder(vfs)->xCurrentTime(systemUnder(vfs), now);
}
int passGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return systemUnder(vfs)->xGetLastError(systemUnder(vfs), size, out);
}
int passCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *now)
{
    return systemUnder(vfs)->xCurrentTimeInt64(systemUnder(vfs), now);
}

} // namespace

sqlite3_vfs vfsOverSystem(const char *name, int ownFileBytes, decltype(sqlite3_vfs::xOpen) open,
                          decltype(sqlite3_vfs::xDelete) remove)
{
    sqlite3_vfs *system = sqlite3_vfs_find(nullptr);
    sqlite3_vfs made {};
    made.iVersion = 2;
    made.szOsFile = ownFileBytes + system->szOsFile;
    made.mxPathname = system->mxPathname;
    made.zName = name;
    made.pAppData = system;
    made.xOpen = open;
    made.xDelete = remove ? remove : passDelete;
    made.xAccess = passAccess;
    made.xFullPathname = passFullPathname;
    made.xDlOpen = passDlOpen;
    made.xDlError = passDlError;
    made.xDlSym = passDlSym;
    made.xDlClose = passDlClose;
    made.xRandomness = passRandomness;
    made.xSleep = passSleep;
    made.xCurrentTime = passCurrentTime;
    made.xGetLastError = passGetLastError;
    made.xCurrentTimeInt64 = passCurrentTimeInt64;
    return made;
}

sqlite3_vfs *systemUnder(sqlite3_vfs *ours)
{
    return static_cast<sqlite3_vfs *>(ours->pAppData);
}

} // namespace rapport::sqlite
