#include "store/gathering_vfs.h"

#include "store/vfs_over_system.h"
#include "store/wal_writes.h"

#include <memory>
#include <mutex>
#include <sqlite3.h>

namespace rapport::sqlite {

namespace {

// What SQLite allocates for each file (szOsFile bytes): this, then the system's file.
struct GatheringFile
{
    sqlite3_file base;
    sqlite3_file *system;
    WalWrites *walWrites; // a WAL's (owned)
    // A connection's notebook and its WAL, each the other's (sqlite3_database_file_object).
    GatheringFile *notebookOfWal;
    GatheringFile *walOfNotebook;
};
constexpr int gatheringSystemOffset = (sizeof(GatheringFile) + 15) / 16 * 16;

GatheringFile &gatheringOf(sqlite3_file *file)
{
    return *reinterpret_cast<GatheringFile *>(file);
}
sqlite3_file *fileUnder(sqlite3_file *file)
{
    return gatheringOf(file).system;
}
const sqlite3_io_methods &methodsUnder(sqlite3_file *file)
{
    return *fileUnder(file)->pMethods;
}

// What the WAL gathered, written before anything else reaches it.
int flushGathered(sqlite3_file *file)
{
    WalWrites *walWrites = gatheringOf(file).walWrites;
    return walWrites ? walWrites->flush() : SQLITE_OK;
}

int gatheringClose(sqlite3_file *file)
{
    GatheringFile &gathering = gatheringOf(file);
    int rc = flushGathered(file);
    if (gathering.notebookOfWal)
        gathering.notebookOfWal->walOfNotebook = nullptr;
    if (gathering.walOfNotebook)
        gathering.walOfNotebook->notebookOfWal = nullptr;
    delete gathering.walWrites;
    gathering.walWrites = nullptr;
    const int closed = methodsUnder(file).xClose(fileUnder(file));
    return rc == SQLITE_OK ? closed : rc;
}

int gatheringRead(sqlite3_file *file, void *into, int amount, sqlite3_int64 offset)
{
    if (const int rc = flushGathered(file); rc != SQLITE_OK)
        return rc;
    return methodsUnder(file).xRead(fileUnder(file), into, amount, offset);
}

int gatheringWrite(sqlite3_file *file, const void *from, int amount, sqlite3_int64 offset)
{
    if (WalWrites *walWrites = gatheringOf(file).walWrites)
        return walWrites->write(static_cast<const unsigned char *>(from), amount, offset);
    return methodsUnder(file).xWrite(fileUnder(file), from, amount, offset);
}

int gatheringTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (const int rc = flushGathered(file); rc != SQLITE_OK)
        return rc;
    return methodsUnder(file).xTruncate(fileUnder(file), size);
}

int gatheringSync(sqlite3_file *file, int flags)
{
    if (const int rc = flushGathered(file); rc != SQLITE_OK)
        return rc;
    return methodsUnder(file).xSync(fileUnder(file), flags);
}

int gatheringFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    if (const int rc = flushGathered(file); rc != SQLITE_OK)
        return rc;
    return methodsUnder(file).xFileSize(fileUnder(file), size);
}

int gatheringLock(sqlite3_file *file, int level)
{
    return methodsUnder(file).xLock(fileUnder(file), level);
}

int gatheringUnlock(sqlite3_file *file, int level)
{
    return methodsUnder(file).xUnlock(fileUnder(file), level);
}

int gatheringCheckReservedLock(sqlite3_file *file, int *reserved)
{
    return methodsUnder(file).xCheckReservedLock(fileUnder(file), reserved);
}

int gatheringFileControl(sqlite3_file *file, int op, void *argument)
{
    if (const int rc = flushGathered(file); rc != SQLITE_OK)
        return rc;
    return methodsUnder(file).xFileControl(fileUnder(file), op, argument);
}

int gatheringSectorSize(sqlite3_file *file)
{
    return methodsUnder(file).xSectorSize(fileUnder(file));
}

int gatheringDeviceCharacteristics(sqlite3_file *file)
{
    return methodsUnder(file).xDeviceCharacteristics(fileUnder(file));
}

int gatheringShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **mapped)
{
    return methodsUnder(file).xShmMap(fileUnder(file), region, size, extend, mapped);
}

int gatheringShmLock(sqlite3_file *file, int offset, int count, int flags)
{
    if (GatheringFile *wal = gatheringOf(file).walOfNotebook)
        if (const int rc = wal->walWrites->flushBeforeLockChange(flags); rc != SQLITE_OK)
            return rc;
    return methodsUnder(file).xShmLock(fileUnder(file), offset, count, flags);
}

void gatheringShmBarrier(sqlite3_file *file)
{
    methodsUnder(file).xShmBarrier(fileUnder(file));
}

int gatheringShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return methodsUnder(file).xShmUnmap(fileUnder(file), deleteFlag);
}

// Version 2: the WAL index, and no memory-mapped reads (the store maps none).
const sqlite3_io_methods gatheringMethods = {
    2,
    gatheringClose,
    gatheringRead,
    gatheringWrite,
    gatheringTruncate,
    gatheringSync,
    gatheringFileSize,
    gatheringLock,
    gatheringUnlock,
    gatheringCheckReservedLock,
    gatheringFileControl,
    gatheringSectorSize,
    gatheringDeviceCharacteristics,
    gatheringShmMap,
    gatheringShmLock,
    gatheringShmBarrier,
    gatheringShmUnmap,
    nullptr,
    nullptr,
};

// The page size in a database file's header (bytes 16-17; 1 means 65536), 0 when it has none
// yet (a new file).
int pageSizeInHeader(sqlite3_file *notebook)
{
    unsigned char header[18] = {};
    if (methodsUnder(notebook).xRead(fileUnder(notebook), header, sizeof header, 0) != SQLITE_OK)
        return 0;
    return (header[16] << 8) | header[17];
}

int gatheringOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags,
                  int *outFlags)
{
    GatheringFile &gathering = gatheringOf(file);
    gathering.base.pMethods = nullptr; // until opened: SQLite then calls no xClose
    gathering.system
        = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + gatheringSystemOffset);
    gathering.system->pMethods = nullptr;
    gathering.walWrites = nullptr;
    gathering.notebookOfWal = nullptr;
    gathering.walOfNotebook = nullptr;
    sqlite3_vfs *system = systemUnder(vfs);
    if (const int rc = system->xOpen(system, name, gathering.system, flags, outFlags);
        rc != SQLITE_OK)
        return rc;
    if ((flags & SQLITE_OPEN_WAL) && name) {
        sqlite3_file *notebook = sqlite3_database_file_object(name);
        if (notebook && notebook->pMethods == &gatheringMethods) {
            gathering.walWrites = new WalWrites(gathering.system, pageSizeInHeader(notebook));
            gathering.notebookOfWal = &gatheringOf(notebook);
            gatheringOf(notebook).walOfNotebook = &gathering;
        }
    }
    gathering.base.pMethods = &gatheringMethods;
    return SQLITE_OK;
}

constexpr char gatheringVfsName[] = "rapport-gathering";

} // namespace

const char *gatheringVfs()
{
    static sqlite3_vfs vfs = vfsOverSystem(gatheringVfsName, gatheringSystemOffset, gatheringOpen);
    static std::once_flag registered;
    std::call_once(registered, [] { sqlite3_vfs_register(&vfs, 0); });
    return gatheringVfsName;
}

} // namespace rapport::sqlite
