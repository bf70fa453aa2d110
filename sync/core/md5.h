#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace rapport {

// Lower-case hex MD5: the hash CouchDB uses for revision ids and replication ids. Not used for
// anything that needs to resist an attacker.
std::string md5Hex(std::string_view input);

// An attachment's digest as CouchDB writes it, "md5-" and the base64 of the MD5 of its bytes,
// computed as the bytes go by (a photo is never held whole to be checked).
class AttachmentDigest
{
public:
    AttachmentDigest();
    ~AttachmentDigest();
    AttachmentDigest(const AttachmentDigest &) = delete;
    AttachmentDigest &operator=(const AttachmentDigest &) = delete;

    void add(std::string_view bytes);
    std::string finish(); // "md5-1B2M2Y8AsgTpgAmY7PhCfg==" for no bytes

    static std::string of(std::string_view bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace rapport
