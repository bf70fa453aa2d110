// rapport-cli attach / attachment: a file onto a record, and an attachment's bytes back out.
#include "commands.h"
#include "store/store.h"

#include <filesystem>
#include <fstream>
#include <ostream>

namespace rapport::cli {

namespace {

// What a file's name says it is: the kinds a salesperson attaches, else plain bytes.
std::string contentTypeOf(const std::filesystem::path &file)
{
    std::string extension = file.extension().string();
    for (char &c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == ".jpg" || extension == ".jpeg")
        return "image/jpeg";
    if (extension == ".png")
        return "image/png";
    if (extension == ".heic")
        return "image/heic";
    if (extension == ".pdf")
        return "application/pdf";
    if (extension == ".txt")
        return "text/plain";
    return "application/octet-stream";
}

} // namespace

Status runAttach(Store &store, const Arguments &args, std::ostream &out)
{
    if (args.positional.size() != 2)
        return Error {Errc::BadRequest, "attach takes a document id and a file"};
    const std::string &id = args.positional[0];
    const std::filesystem::path file = args.positional[1];
    auto doc = store.get(id);
    if (!doc)
        return doc.error();
    const auto *type = args.option("type");
    // Streamed from the file into the store: a video is never held whole.
    auto attachment = Attachment::ofFile(type ? *type : contentTypeOf(file), file);
    if (!attachment)
        return attachment.error();
    const auto *name = args.option("name");
    const std::string attachmentName = name ? *name : file.filename().string();
    doc->attachments[attachmentName] = std::move(*attachment);
    auto saved = store.put(*doc);
    if (!saved)
        return saved.error();
    const Attachment &kept = doc->attachments.at(attachmentName);
    print(out,
          Json {{"ok", true},
                {"id", saved->id},
                {"rev", saved->rev},
                {"name", attachmentName},
                {"content_type", kept.contentType},
                {"digest", kept.digest},
                {"length", kept.length}});
    return {};
}

Status runAttachment(Store &store, const Arguments &args, std::ostream &out)
{
    if (args.positional.size() != 2)
        return Error {Errc::BadRequest, "attachment takes a document id and a name"};
    const auto *outPath = args.option("out");
    if (!outPath)
        return Error {Errc::BadRequest, "attachment needs --out FILE"};
    auto doc = store.get(args.positional[0]);
    if (!doc)
        return doc.error();
    auto found = doc->attachments.find(args.positional[1]);
    if (found == doc->attachments.end())
        return Error {Errc::NotFound,
                      args.positional[0] + " has no attachment \"" + args.positional[1] + "\""};
    // Written beside the target and renamed over it once whole: a failed read leaves no half file.
    const std::filesystem::path target = *outPath;
    const std::filesystem::path partial = target.string() + ".part";
    {
        std::ofstream file(partial, std::ios::binary | std::ios::trunc);
        if (!file)
            return Error {Errc::Internal, "cannot write " + partial.string()};
        auto read = store.readAttachment(found->second.digest, [&file](std::string_view chunk) {
            file.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            return file ? Status {}
                        : Status {Error {Errc::DiskFull, "the file could not be written"}};
        });
        if (!read) {
            file.close();
            std::filesystem::remove(partial);
            return read;
        }
    }
    std::error_code renamed;
    std::filesystem::rename(partial, target, renamed);
    if (renamed)
        return Error {Errc::Internal, "cannot write " + target.string() + ": " + renamed.message()};
    print(out,
          Json {{"ok", true},
                {"name", found->first},
                {"content_type", found->second.contentType},
                {"length", found->second.length},
                {"out", target.string()}});
    return {};
}

} // namespace rapport::cli
