#pragma once

#include <QString>

class QFileInfo;

namespace Armlift {

// Reads a text file for analysis, refusing what is not a text file we should analyse.
// Every error message names the file (as `displayPath`) and says what to do.
struct TextFileReader
{
    static constexpr qint64 DefaultMaxBytes = 4 * 1024 * 1024;

    // Returns false with `error` set for: unreadable, directory, too big, binary (NUL bytes).
    // Invalid UTF-8 is decoded with replacement characters and reported in `warning` (with its line).
    static bool read(const QString &absolutePath, const QString &displayPath, QString *text, QString *error,
                     QString *warning = nullptr, qint64 maxBytes = DefaultMaxBytes);
    // The same for a file the caller has already looked at (`info` of `absolutePath`).
    static bool read(const QFileInfo &info, const QString &absolutePath, const QString &displayPath, QString *text,
                     QString *error, QString *warning = nullptr, qint64 maxBytes = DefaultMaxBytes);
};

} // namespace Armlift
