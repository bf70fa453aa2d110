#include "core/md5.h"

#include "core/base64.h"

#include <openssl/evp.h>

namespace rapport {

std::string md5Hex(std::string_view input)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(input.data(), input.size(), digest, &length, EVP_md5(), nullptr);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 0xf]);
    }
    return out;
}

struct AttachmentDigest::Context
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(md); }
};

AttachmentDigest::AttachmentDigest() : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->md, EVP_md5(), nullptr);
}

AttachmentDigest::~AttachmentDigest() = default;

void AttachmentDigest::add(std::string_view bytes)
{
    EVP_DigestUpdate(m_context->md, bytes.data(), bytes.size());
}

std::string AttachmentDigest::finish()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->md, digest, &length);
    return "md5-" + base64Encoded(std::string_view(reinterpret_cast<const char *>(digest), length));
}

std::string AttachmentDigest::of(std::string_view bytes)
{
    AttachmentDigest digest;
    digest.add(bytes);
    return digest.finish();
}

} // namespace rapport
