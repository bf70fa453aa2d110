#pragma once

#include <QString>
#include <string>

// Pictures for the demo notebook, drawn rather than shipped: the photo of a business card as a
// salesperson takes it at a stand (a JPEG's bytes).
std::string businessCardPhoto(const QString &name, const QString &company, const QString &phone,
                              const QString &email);
