#pragma once

#include "core/error.h"
#include "store/attachment.h"

#include <QString>

class QFileInfo;

// A file on this device as one of a record's files (a photo picked, dropped or taken, the
// badge a lead was read from): its digest and length, and what kind of file it is by its name and
// first bytes. The bytes stay in the file until the record is saved, and are then streamed into
// the store. A file that cannot be read, or is larger than maxFileBytes, is refused in plain
// words naming it.
rapport::Result<rapport::Attachment> attachmentFromFile(const QString &path);

// Files this large or larger are refused.
inline constexpr qint64 maxFileBytes = qint64 {100} << 20;

// The name `file` goes under among `taken`: its own, or "card (2).jpg" for a second "card.jpg".
std::string unusedName(const rapport::Attachments &taken, const QFileInfo &file);
