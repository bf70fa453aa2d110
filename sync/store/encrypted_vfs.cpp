// The encrypting VFS (encrypted_vfs.h). Each file SQLite opens through it is the system's file
// with a state beside it: how its bytes are laid out (pages of the notebook, the WAL's frames, a
// temporary stream, a journal kept in memory) and the cipher for them.
#include "store/encrypted_vfs.h"

#include "store/vfs_over_system.h"
#include "store/wal_format.h"
#include "store/wal_writes.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <sqlite3.h>
#include <string_view>
#include <vector>

namespace rapport::sqlite {

namespace {

constexpr int pageBytes = encryptedPageSize;
constexpr int nonceBytes = 12;
constexpr int tagBytes = 16;
static_assert(nonceBytes + tagBytes == encryptionReservedBytes);
// What of a page is encrypted: all but the reserved bytes, where the nonce and tag go.
constexpr int sealedBytes = pageBytes - encryptionReservedBytes;
using wal_format::bigEndian32;
using wal_format::frameHeaderBytes;
constexpr sqlite3_int64 walHeaderBytes = wal_format::headerBytes;
constexpr sqlite3_int64 frameBytes = frameHeaderBytes + pageBytes;
// Bound into every page's tag with its number: a format change is a different string.
constexpr char pageContext[] = "rapport notebook page 1";

constexpr int fileTypes = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TRANSIENT_DB
    | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL
    | SQLITE_OPEN_SUPER_JOURNAL | SQLITE_OPEN_WAL;

void cleanse(std::vector<unsigned char> &bytes)
{
    OPENSSL_cleanse(bytes.data(), bytes.size());
}

// Counts the forks of this process: a child drops the nonces its parent drew (NoncePool), which
// the parent goes on using.
std::atomic<unsigned> forkGeneration {0};

// Fresh random nonces from OpenSSL's generator, drawn 64 at a time: one call per page sealed
// was 7% of an encrypted save's CPU time (perf, store_bench). Each is used once, as before.
class NoncePool
{
public:
    bool next(unsigned char *nonce)
    {
        static std::once_flag watchForks;
        std::call_once(watchForks, [] {
            pthread_atfork(nullptr, nullptr, [] { forkGeneration.fetch_add(1); });
        });
        const unsigned generation = forkGeneration.load();
        if (m_used == m_pool.size() || generation != m_generation) {
            if (RAND_bytes(m_pool.data(), static_cast<int>(m_pool.size())) != 1)
                return false;
            m_used = 0;
            m_generation = generation;
        }
        std::memcpy(nonce, m_pool.data() + m_used, nonceBytes);
        m_used += nonceBytes;
        return true;
    }

private:
    std::array<unsigned char, 64 * nonceBytes> m_pool {};
    std::size_t m_used = m_pool.size();
    unsigned m_generation = 0;
};

// AES-256-GCM over one page: the nonce and the tag in the page's last 28 bytes.
class PageCipher
{
public:
    explicit PageCipher(const NotebookKey &key)
        : m_seal(EVP_CIPHER_CTX_new()), m_open(EVP_CIPHER_CTX_new())
    {
        m_ready = m_seal && m_open
            && EVP_EncryptInit_ex(m_seal, EVP_aes_256_gcm(), nullptr, key.data(), nullptr) == 1
            && EVP_DecryptInit_ex(m_open, EVP_aes_256_gcm(), nullptr, key.data(), nullptr) == 1;
    }
    ~PageCipher()
    {
        EVP_CIPHER_CTX_free(m_seal);
        EVP_CIPHER_CTX_free(m_open);
    }
    PageCipher(const PageCipher &) = delete;
    PageCipher &operator=(const PageCipher &) = delete;

    bool ready() const { return m_ready; }

    // `plain` and `sealed` are whole pages; the plain page's reserved bytes are not read.
    bool seal(std::uint32_t page, const unsigned char *plain, unsigned char *sealed)
    {
        unsigned char *nonce = sealed + sealedBytes;
        unsigned char *tag = nonce + nonceBytes;
        const auto context = contextOf(page);
        int length = 0;
        return m_nonces.next(nonce)
            && EVP_EncryptInit_ex(m_seal, nullptr, nullptr, nullptr, nonce) == 1
            && EVP_EncryptUpdate(m_seal, nullptr, &length, context.data(),
                                 static_cast<int>(context.size()))
            == 1
            && EVP_EncryptUpdate(m_seal, sealed, &length, plain, sealedBytes) == 1
            && EVP_EncryptFinal_ex(m_seal, sealed + length, &length) == 1
            && EVP_CIPHER_CTX_ctrl(m_seal, EVP_CTRL_GCM_GET_TAG, tagBytes, tag) == 1;
    }

    // False when the page is not what this key sealed as this page: changed, moved, from
    // another notebook, or the key is wrong. The reserved bytes come back as zeros, as SQLite
    // wrote them (its WAL checksums cover them).
    bool open(std::uint32_t page, const unsigned char *sealed, unsigned char *plain)
    {
        const unsigned char *nonce = sealed + sealedBytes;
        unsigned char tag[tagBytes];
        std::memcpy(tag, nonce + nonceBytes, tagBytes);
        const auto context = contextOf(page);
        int length = 0;
        const bool opened = EVP_DecryptInit_ex(m_open, nullptr, nullptr, nullptr, nonce) == 1
            && EVP_DecryptUpdate(m_open, nullptr, &length, context.data(),
                                 static_cast<int>(context.size()))
                == 1
            && EVP_DecryptUpdate(m_open, plain, &length, sealed, sealedBytes) == 1
            && EVP_CIPHER_CTX_ctrl(m_open, EVP_CTRL_GCM_SET_TAG, tagBytes, tag) == 1
            && EVP_DecryptFinal_ex(m_open, plain + length, &length) == 1;
        std::memset(plain + sealedBytes, 0, encryptionReservedBytes);
        if (!opened)
            OPENSSL_cleanse(plain, sealedBytes);
        return opened;
    }

private:
    static std::array<unsigned char, sizeof pageContext + 4> contextOf(std::uint32_t page)
    {
        std::array<unsigned char, sizeof pageContext + 4> context {};
        std::memcpy(context.data(), pageContext, sizeof pageContext);
        for (int i = 0; i < 4; ++i)
            context[sizeof pageContext + static_cast<std::size_t>(i)]
                = static_cast<unsigned char>(page >> (24 - 8 * i));
        return context;
    }

    EVP_CIPHER_CTX *m_seal;
    EVP_CIPHER_CTX *m_open;
    NoncePool m_nonces;
    bool m_ready = false;
};

// AES-256-CTR keyed by the byte's offset, for temporary files read and written anywhere, with
// a key made for the one file and never kept.
class StreamCipher
{
public:
    StreamCipher() : m_context(EVP_CIPHER_CTX_new())
    {
        NotebookKey key {};
        m_ready = m_context && RAND_bytes(key.data(), static_cast<int>(key.size())) == 1
            && EVP_EncryptInit_ex(m_context, EVP_aes_256_ctr(), nullptr, key.data(), nullptr) == 1;
        OPENSSL_cleanse(key.data(), key.size());
    }
    ~StreamCipher() { EVP_CIPHER_CTX_free(m_context); }
    StreamCipher(const StreamCipher &) = delete;
    StreamCipher &operator=(const StreamCipher &) = delete;

    bool ready() const { return m_ready; }

    bool apply(sqlite3_int64 offset, unsigned char *bytes, int count)
    {
        unsigned char counter[16] = {};
        const auto block = static_cast<std::uint64_t>(offset) / 16;
        for (int i = 0; i < 8; ++i)
            counter[15 - i] = static_cast<unsigned char>(block >> (8 * i));
        int length = 0;
        if (EVP_EncryptInit_ex(m_context, nullptr, nullptr, nullptr, counter) != 1)
            return false;
        if (const int skip = static_cast<int>(offset % 16); skip > 0) {
            unsigned char unused[16] = {};
            if (EVP_EncryptUpdate(m_context, unused, &length, unused, skip) != 1)
                return false;
        }
        return count == 0 || EVP_EncryptUpdate(m_context, bytes, &length, bytes, count) == 1;
    }

private:
    EVP_CIPHER_CTX *m_context;
    bool m_ready = false;
};

enum class Layout { Pages, Wal, Stream, Memory };

struct FileState
{
    Layout layout = Layout::Stream;
    std::unique_ptr<PageCipher> pages;
    std::unique_ptr<StreamCipher> stream;
    std::vector<unsigned char> memory; // a journal kept in memory (Layout::Memory)
    std::unique_ptr<WalWrites> walWrites; // how the WAL is written (Layout::Wal)
    // A connection's notebook and its WAL, each the other's (sqlite3_database_file_object): the
    // notebook's locks are the WAL's transactions' ends.
    FileState *walOfNotebook = nullptr;
    FileState *notebookOfWal = nullptr;
    std::vector<unsigned char> raw = std::vector<unsigned char>(frameBytes);
    std::vector<unsigned char> plain = std::vector<unsigned char>(pageBytes);

    ~FileState()
    {
        cleanse(raw);
        cleanse(plain);
        cleanse(memory);
    }
};

// What SQLite allocates for each file (szOsFile bytes): this, then the system's file.
struct CryptFile
{
    sqlite3_file base;
    sqlite3_file *system;
    FileState *state;
};
constexpr int systemFileOffset = (sizeof(CryptFile) + 15) / 16 * 16;

CryptFile &cryptOf(sqlite3_file *file)
{
    return *reinterpret_cast<CryptFile *>(file);
}
FileState &stateOf(sqlite3_file *file)
{
    return *cryptOf(file).state;
}
sqlite3_file *systemOf(sqlite3_file *file)
{
    return cryptOf(file).system;
}

struct KeyEntry
{
    NotebookKey key;
    bool building = false;
};

std::mutex registryMutex;
std::map<std::string, KeyEntry> &registry()
{
    static std::map<std::string, KeyEntry> keys;
    return keys;
}

std::optional<KeyEntry> keyEntryFor(const char *databasePath)
{
    if (!databasePath)
        return std::nullopt;
    const std::lock_guard lock(registryMutex);
    auto found = registry().find(databasePath);
    if (found == registry().end())
        return std::nullopt;
    return found->second;
}

sqlite3_vfs *systemVfs();

// The name SQLite gives the file at `path` (xOpen's zName): its full path.
std::string fullPathOf(const std::string &path)
{
    sqlite3_vfs *system = systemVfs();
    std::vector<char> full(static_cast<std::size_t>(system->mxPathname) + 1);
    if (system->xFullPathname(system, path.c_str(), system->mxPathname, full.data()) != SQLITE_OK)
        return path;
    return full.data();
}

// ---- Reads and writes by layout ------------------------------------------------------------

int readSystem(sqlite3_file *file, void *into, int amount, sqlite3_int64 offset)
{
    return systemOf(file)->pMethods->xRead(systemOf(file), into, amount, offset);
}
int writeSystem(sqlite3_file *file, const void *from, int amount, sqlite3_int64 offset)
{
    return systemOf(file)->pMethods->xWrite(systemOf(file), from, amount, offset);
}
sqlite3_int64 systemSize(sqlite3_file *file)
{
    sqlite3_int64 size = 0;
    return systemOf(file)->pMethods->xFileSize(systemOf(file), &size) == SQLITE_OK ? size : -1;
}

// Page 1 says how SQLite lays out every page: the page size the VFS assumes, and the reserved
// bytes the nonce and tag go into. Written any other way, a page's last bytes would be SQLite's
// data, and sealing would overwrite them.
bool firstPageFits(const unsigned char *page)
{
    const int size = (page[16] << 8) | page[17];
    return size == pageBytes && page[20] == encryptionReservedBytes;
}

int readPages(sqlite3_file *file, unsigned char *into, int amount, sqlite3_int64 offset)
{
    FileState &state = stateOf(file);
    bool cutShort = false;
    for (int done = 0; done < amount;) {
        const sqlite3_int64 at = offset + done;
        const sqlite3_int64 page = at / pageBytes;
        const int within = static_cast<int>(at % pageBytes);
        const int count = std::min(amount - done, pageBytes - within);
        const int rc = readSystem(file, state.raw.data(), pageBytes, page * pageBytes);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            // Past the end: zeros, as SQLite expects. Part of a page: the file was cut.
            if (systemSize(file) > page * pageBytes)
                return SQLITE_IOERR_DATA;
            std::memset(into + done, 0, static_cast<std::size_t>(amount - done));
            cutShort = true;
            break;
        }
        if (rc != SQLITE_OK)
            return rc;
        const bool whole = within == 0 && count == pageBytes;
        unsigned char *plain = whole ? into + done : state.plain.data();
        if (!state.pages->open(static_cast<std::uint32_t>(page + 1), state.raw.data(), plain))
            return SQLITE_IOERR_DATA;
        if (!whole)
            std::memcpy(into + done, plain + within, static_cast<std::size_t>(count));
        done += count;
    }
    return cutShort ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int writePages(sqlite3_file *file, const unsigned char *from, int amount, sqlite3_int64 offset)
{
    FileState &state = stateOf(file);
    if (offset % pageBytes != 0 || amount % pageBytes != 0)
        return SQLITE_IOERR_WRITE; // SQLite writes whole pages; anything else is not a page
    for (int done = 0; done < amount; done += pageBytes) {
        const auto page = static_cast<std::uint32_t>((offset + done) / pageBytes + 1);
        if (page == 1 && !firstPageFits(from + done))
            return SQLITE_IOERR_WRITE;
        if (!state.pages->seal(page, from + done, state.raw.data()))
            return SQLITE_IOERR_WRITE;
        if (const int rc = writeSystem(file, state.raw.data(), pageBytes, offset + done);
            rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

// A whole frame as SQLite's recovery reads it. Content that does not open is what a crash
// leaves at the end of a WAL (a frame half written): SQLite must see an invalid frame and end
// the log there, so the salt in the header it gets is made not to match, and the content is
// zeros. Nothing unopened ever reaches a page.
int readWholeFrame(sqlite3_file *file, unsigned char *into, sqlite3_int64 frameStart)
{
    FileState &state = stateOf(file);
    const int rc = readSystem(file, into, static_cast<int>(frameBytes), frameStart);
    if (rc != SQLITE_OK)
        return rc; // a short read is zero-filled by the system, which SQLite takes as the end
    std::memcpy(state.raw.data(), into + frameHeaderBytes, pageBytes);
    if (!state.pages->open(bigEndian32(into), state.raw.data(), into + frameHeaderBytes)) {
        into[8] = static_cast<unsigned char>(~into[8]);
        std::memset(into + frameHeaderBytes, 0, pageBytes);
    }
    return SQLITE_OK;
}

int readWal(sqlite3_file *file, unsigned char *into, int amount, sqlite3_int64 offset)
{
    FileState &state = stateOf(file);
    bool cutShort = false;
    for (int done = 0; done < amount;) {
        const sqlite3_int64 at = offset + done;
        int count = 0;
        int rc = SQLITE_OK;
        if (at < walHeaderBytes) {
            count = static_cast<int>(std::min<sqlite3_int64>(amount - done, walHeaderBytes - at));
            rc = readSystem(file, into + done, count, at);
        } else {
            const sqlite3_int64 frameStart
                = walHeaderBytes + (at - walHeaderBytes) / frameBytes * frameBytes;
            const sqlite3_int64 within = at - frameStart;
            if (within == 0 && amount - done >= frameBytes) {
                count = static_cast<int>(frameBytes);
                rc = readWholeFrame(file, into + done, frameStart);
            } else if (within < frameHeaderBytes) {
                count = static_cast<int>(
                    std::min<sqlite3_int64>(amount - done, frameHeaderBytes - within));
                rc = readSystem(file, into + done, count, at);
            } else {
                // A page read through the WAL index: it was committed, so it must open.
                const int inPage = static_cast<int>(within - frameHeaderBytes);
                count = std::min(amount - done, pageBytes - inPage);
                rc = readSystem(file, state.raw.data(), static_cast<int>(frameBytes), frameStart);
                if (rc == SQLITE_IOERR_SHORT_READ) {
                    if (systemSize(file) > frameStart + frameHeaderBytes)
                        return SQLITE_IOERR_DATA;
                    std::memset(into + done, 0, static_cast<std::size_t>(count));
                } else if (rc == SQLITE_OK) {
                    const bool whole = inPage == 0 && count == pageBytes;
                    unsigned char *plain = whole ? into + done : state.plain.data();
                    if (!state.pages->open(bigEndian32(state.raw.data()),
                                           state.raw.data() + frameHeaderBytes, plain))
                        return SQLITE_IOERR_DATA;
                    if (!whole)
                        std::memcpy(into + done, plain + inPage, static_cast<std::size_t>(count));
                }
            }
        }
        if (rc == SQLITE_IOERR_SHORT_READ)
            cutShort = true;
        else if (rc != SQLITE_OK)
            return rc;
        done += count;
    }
    return cutShort ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int readStream(sqlite3_file *file, unsigned char *into, int amount, sqlite3_int64 offset)
{
    const int rc = readSystem(file, into, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    int present = amount;
    if (rc == SQLITE_IOERR_SHORT_READ)
        present = static_cast<int>(
            std::clamp<sqlite3_int64>(systemSize(file) - offset, 0, sqlite3_int64 {amount}));
    if (!stateOf(file).stream->apply(offset, into, present))
        return SQLITE_IOERR_READ;
    std::memset(into + present, 0, static_cast<std::size_t>(amount - present));
    return rc;
}

int writeStream(sqlite3_file *file, const unsigned char *from, int amount, sqlite3_int64 offset)
{
    FileState &state = stateOf(file);
    std::vector<unsigned char> sealed(from, from + amount);
    if (!state.stream->apply(offset, sealed.data(), amount))
        return SQLITE_IOERR_WRITE;
    const int rc = writeSystem(file, sealed.data(), amount, offset);
    cleanse(sealed);
    return rc;
}

int readMemory(sqlite3_file *file, unsigned char *into, int amount, sqlite3_int64 offset)
{
    const auto &memory = stateOf(file).memory;
    const auto size = static_cast<sqlite3_int64>(memory.size());
    const int present
        = static_cast<int>(std::clamp<sqlite3_int64>(size - offset, 0, sqlite3_int64 {amount}));
    if (present > 0)
        std::memcpy(into, memory.data() + offset, static_cast<std::size_t>(present));
    std::memset(into + present, 0, static_cast<std::size_t>(amount - present));
    return present == amount ? SQLITE_OK : SQLITE_IOERR_SHORT_READ;
}

int writeMemory(sqlite3_file *file, const unsigned char *from, int amount, sqlite3_int64 offset)
{
    auto &memory = stateOf(file).memory;
    const auto end = static_cast<std::size_t>(offset + amount);
    if (memory.size() < end)
        memory.resize(end);
    std::memcpy(memory.data() + offset, from, static_cast<std::size_t>(amount));
    return SQLITE_OK;
}

// What the WAL gathered of its frames (wal_writes.h), written before anything else reaches it.
int flushWal(sqlite3_file *file)
{
    FileState &state = stateOf(file);
    return state.walWrites ? state.walWrites->flush() : SQLITE_OK;
}

// ---- io methods ----------------------------------------------------------------------------

int cryptClose(sqlite3_file *file)
{
    CryptFile &crypt = cryptOf(file);
    int rc = flushWal(file);
    if (FileState &state = *crypt.state; state.notebookOfWal)
        state.notebookOfWal->walOfNotebook = nullptr;
    else if (state.walOfNotebook)
        state.walOfNotebook->notebookOfWal = nullptr;
    if (crypt.system && crypt.system->pMethods) {
        const int closed = crypt.system->pMethods->xClose(crypt.system);
        rc = rc == SQLITE_OK ? closed : rc;
    }
    delete crypt.state;
    crypt.state = nullptr;
    return rc;
}

int cryptRead(sqlite3_file *file, void *into, int amount, sqlite3_int64 offset)
{
    auto *bytes = static_cast<unsigned char *>(into);
    switch (stateOf(file).layout) {
    case Layout::Pages:
        return readPages(file, bytes, amount, offset);
    case Layout::Wal:
        if (const int rc = flushWal(file); rc != SQLITE_OK)
            return rc;
        return readWal(file, bytes, amount, offset);
    case Layout::Stream:
        return readStream(file, bytes, amount, offset);
    case Layout::Memory:
        return readMemory(file, bytes, amount, offset);
    }
    return SQLITE_IOERR_READ;
}

int cryptWrite(sqlite3_file *file, const void *from, int amount, sqlite3_int64 offset)
{
    const auto *bytes = static_cast<const unsigned char *>(from);
    switch (stateOf(file).layout) {
    case Layout::Pages:
        return writePages(file, bytes, amount, offset);
    case Layout::Wal:
        return stateOf(file).walWrites->write(bytes, amount, offset);
    case Layout::Stream:
        return writeStream(file, bytes, amount, offset);
    case Layout::Memory:
        return writeMemory(file, bytes, amount, offset);
    }
    return SQLITE_IOERR_WRITE;
}

int cryptTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (stateOf(file).layout == Layout::Memory) {
        auto &memory = stateOf(file).memory;
        memory.resize(std::min(memory.size(), static_cast<std::size_t>(size)));
        return SQLITE_OK;
    }
    if (const int rc = flushWal(file); rc != SQLITE_OK)
        return rc;
    return systemOf(file)->pMethods->xTruncate(systemOf(file), size);
}

int cryptSync(sqlite3_file *file, int flags)
{
    if (stateOf(file).layout == Layout::Memory)
        return SQLITE_OK;
    if (const int rc = flushWal(file); rc != SQLITE_OK)
        return rc;
    return systemOf(file)->pMethods->xSync(systemOf(file), flags);
}

int cryptFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    if (stateOf(file).layout == Layout::Memory) {
        *size = static_cast<sqlite3_int64>(stateOf(file).memory.size());
        return SQLITE_OK;
    }
    if (const int rc = flushWal(file); rc != SQLITE_OK)
        return rc;
    return systemOf(file)->pMethods->xFileSize(systemOf(file), size);
}

int cryptLock(sqlite3_file *file, int level)
{
    if (stateOf(file).layout == Layout::Memory)
        return SQLITE_OK;
    return systemOf(file)->pMethods->xLock(systemOf(file), level);
}

int cryptUnlock(sqlite3_file *file, int level)
{
    if (stateOf(file).layout == Layout::Memory)
        return SQLITE_OK;
    return systemOf(file)->pMethods->xUnlock(systemOf(file), level);
}

int cryptCheckReservedLock(sqlite3_file *file, int *reserved)
{
    if (stateOf(file).layout == Layout::Memory) {
        *reserved = 0;
        return SQLITE_OK;
    }
    return systemOf(file)->pMethods->xCheckReservedLock(systemOf(file), reserved);
}

int cryptFileControl(sqlite3_file *file, int op, void *argument)
{
    if (stateOf(file).layout == Layout::Memory)
        return SQLITE_NOTFOUND;
    // A size hint may make the system grow the file with zeros, which are no sealed page.
    if (op == SQLITE_FCNTL_SIZE_HINT)
        return SQLITE_OK;
    if (const int rc = flushWal(file); rc != SQLITE_OK)
        return rc;
    return systemOf(file)->pMethods->xFileControl(systemOf(file), op, argument);
}

int cryptSectorSize(sqlite3_file *file)
{
    if (stateOf(file).layout == Layout::Memory)
        return pageBytes;
    return systemOf(file)->pMethods->xSectorSize(systemOf(file));
}

int cryptDeviceCharacteristics(sqlite3_file *file)
{
    if (stateOf(file).layout == Layout::Memory)
        return 0;
    return systemOf(file)->pMethods->xDeviceCharacteristics(systemOf(file));
}

// The WAL index (-shm) is the system's: page numbers and checksums, no page content.
int cryptShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **mapped)
{
    return systemOf(file)->pMethods->xShmMap(systemOf(file), region, size, extend, mapped);
}
int cryptShmLock(sqlite3_file *file, int offset, int count, int flags)
{
    if (FileState *wal = stateOf(file).walOfNotebook)
        if (const int rc = wal->walWrites->flushBeforeLockChange(flags); rc != SQLITE_OK)
            return rc;
    return systemOf(file)->pMethods->xShmLock(systemOf(file), offset, count, flags);
}
void cryptShmBarrier(sqlite3_file *file)
{
    systemOf(file)->pMethods->xShmBarrier(systemOf(file));
}
int cryptShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return systemOf(file)->pMethods->xShmUnmap(systemOf(file), deleteFlag);
}

// Version 2: the WAL index, and no memory-mapped reads (xFetch), which would bypass xRead and
// hand SQLite the sealed bytes.
const sqlite3_io_methods cryptMethods = {
    2,
    cryptClose,
    cryptRead,
    cryptWrite,
    cryptTruncate,
    cryptSync,
    cryptFileSize,
    cryptLock,
    cryptUnlock,
    cryptCheckReservedLock,
    cryptFileControl,
    cryptSectorSize,
    cryptDeviceCharacteristics,
    cryptShmMap,
    cryptShmLock,
    cryptShmBarrier,
    cryptShmUnmap,
    nullptr,
    nullptr,
};

// ---- The VFS -------------------------------------------------------------------------------

int cryptOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    CryptFile &crypt = cryptOf(file);
    crypt.base.pMethods = nullptr; // until opened: SQLite then calls no xClose
    crypt.state = nullptr;
    crypt.system
        = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + systemFileOffset);
    crypt.system->pMethods = nullptr;
    auto state = std::make_unique<FileState>();
    const int type = flags & fileTypes;
    if (type == SQLITE_OPEN_MAIN_DB || type == SQLITE_OPEN_WAL) {
        const auto entry
            = keyEntryFor(type == SQLITE_OPEN_MAIN_DB ? name : sqlite3_filename_database(name));
        if (!entry)
            return SQLITE_CANTOPEN; // no key in use for this notebook
        state->layout = type == SQLITE_OPEN_MAIN_DB ? Layout::Pages : Layout::Wal;
        state->pages = std::make_unique<PageCipher>(entry->key);
        if (!state->pages->ready())
            return SQLITE_CANTOPEN;
    } else if (type == SQLITE_OPEN_MAIN_JOURNAL) {
        // A notebook in WAL mode has no rollback journal. One being built under a temporary
        // name (VACUUM INTO) gets one in memory: it is thrown away if the process dies.
        const auto entry = keyEntryFor(sqlite3_filename_database(name));
        if (!entry || !entry->building)
            return SQLITE_CANTOPEN;
        state->layout = Layout::Memory;
        crypt.system = nullptr;
        crypt.state = state.release();
        crypt.base.pMethods = &cryptMethods;
        if (outFlags)
            *outFlags = flags;
        return SQLITE_OK;
    } else if (type == SQLITE_OPEN_SUPER_JOURNAL) {
        return SQLITE_CANTOPEN; // a transaction over several notebooks: never made
    } else {
        state->layout = Layout::Stream;
        state->stream = std::make_unique<StreamCipher>();
        if (!state->stream->ready())
            return SQLITE_CANTOPEN;
    }
    sqlite3_vfs *system = systemUnder(vfs);
    const int rc = system->xOpen(system, name, crypt.system, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    if (state->layout == Layout::Wal) {
        sqlite3_file *notebook = sqlite3_database_file_object(name);
        if (notebook && notebook->pMethods == &cryptMethods) {
            stateOf(notebook).walOfNotebook = state.get();
            state->notebookOfWal = &stateOf(notebook);
        }
        state->walWrites = std::make_unique<WalWrites>(
            crypt.system, pageBytes,
            [pages = state->pages.get()](std::uint32_t page, const unsigned char *plain,
                                         unsigned char *sealed) {
                return (page != 1 || firstPageFits(plain)) && pages->seal(page, plain, sealed);
            });
    }
    crypt.state = state.release();
    crypt.base.pMethods = &cryptMethods;
    return SQLITE_OK;
}

int cryptDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    // The journal of a notebook being built is in memory (cryptOpen): nothing to delete.
    static constexpr std::string_view journal = "-journal";
    if (const std::string_view file = name; file.ends_with(journal)) {
        const auto entry
            = keyEntryFor(std::string(file.substr(0, file.size() - journal.size())).c_str());
        if (entry && entry->building)
            return SQLITE_OK;
    }
    return systemUnder(vfs)->xDelete(systemUnder(vfs), name, syncDir);
}
constexpr char vfsName[] = "rapport-encrypted";

sqlite3_vfs &registered()
{
    static sqlite3_vfs once = vfsOverSystem(vfsName, systemFileOffset, cryptOpen, cryptDelete);
    static std::once_flag flag;
    std::call_once(flag, [] { sqlite3_vfs_register(&once, 0); });
    return once;
}

sqlite3_vfs *systemVfs()
{
    return systemUnder(&registered());
}

} // namespace

std::optional<NotebookKey> newNotebookKey()
{
    NotebookKey key {};
    if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1)
        return std::nullopt;
    return key;
}

int askForEncryptedLayout(sqlite3 *db)
{
    // In this order: PRAGMA page_size asks for no reserved bytes, which the file control then
    // overrides (SQLite lays a file out by what was asked last).
    const std::string pageSize = "PRAGMA page_size = " + std::to_string(pageBytes);
    if (const int rc = sqlite3_exec(db, pageSize.c_str(), nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return rc;
    int reserve = encryptionReservedBytes;
    return sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
}

const char *encryptingVfs()
{
    return registered().zName;
}

void useKey(const std::string &path, const NotebookKey &key, bool building)
{
    const std::string full = fullPathOf(path);
    const std::lock_guard lock(registryMutex);
    registry()[full] = KeyEntry {key, building};
}

void forgetKey(const std::string &path)
{
    const std::string full = fullPathOf(path);
    const std::lock_guard lock(registryMutex);
    if (auto found = registry().find(full); found != registry().end()) {
        OPENSSL_cleanse(found->second.key.data(), found->second.key.size());
        registry().erase(found);
    }
}

bool hasKey(const std::string &path)
{
    const std::string full = fullPathOf(path);
    const std::lock_guard lock(registryMutex);
    return registry().contains(full);
}

std::optional<NotebookKey> keyInUse(const std::string &path)
{
    auto entry = keyEntryFor(fullPathOf(path).c_str());
    return entry ? std::optional(entry->key) : std::nullopt;
}

FileKind fileKind(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return FileKind::Missing;
    char start[16] = {};
    in.read(start, sizeof start);
    if (in.gcount() == 0)
        return FileKind::Missing;
    static constexpr char plainStart[16] = "SQLite format 3";
    if (in.gcount() == sizeof start && std::memcmp(start, plainStart, sizeof start) == 0)
        return FileKind::Plain;
    in.clear();
    in.seekg(0, std::ios::end);
    const auto size = static_cast<long long>(in.tellg());
    return size >= pageBytes && size % pageBytes == 0 ? FileKind::Encrypted : FileKind::Neither;
}

} // namespace rapport::sqlite
