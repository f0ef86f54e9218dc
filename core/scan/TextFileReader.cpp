#include "scan/TextFileReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Armlift {

static QString tr(const char *s) { return QCoreApplication::translate("TextFileReader", s); }

bool TextFileReader::read(const QString &absolutePath, const QString &displayPath, QString *text, QString *error,
                          QString *warning, qint64 maxBytes)
{
    return read(QFileInfo(absolutePath), absolutePath, displayPath, text, error, warning, maxBytes);
}

bool TextFileReader::read(const QFileInfo &info, const QString &absolutePath, const QString &displayPath, QString *text,
                          QString *error, QString *warning, qint64 maxBytes)
{
    if (info.isDir()) {
        *error = tr("%1: is a directory, not a file").arg(displayPath);
        return false;
    }
    if (info.exists() && info.size() > maxBytes) {
        *error = tr("%1: skipped: %2 MB is larger than the %3 MB limit for files Armlift analyses")
                     .arg(displayPath)
                     .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                     .arg(maxBytes / (1024 * 1024));
        return false;
    }
    QFile f(absolutePath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(displayPath, f.errorString());
        return false;
    }
    // QIODevice::read(n) allocates n bytes up front: asking for the limit cost a large
    // allocation per file, more than reading a small Dockerfile. Ask for what the file holds
    // (plus one byte, to see a file that grew) and keep reading while more comes.
    const qint64 hint = info.size() > 0 ? info.size() + 1 : qint64(64 * 1024);
    QByteArray data = f.read(qMin(maxBytes + 1, hint));
    while (data.size() <= maxBytes) {
        const QByteArray more = f.read(qMin(maxBytes + 1 - data.size(), qint64(1024 * 1024)));
        if (more.isEmpty())
            break;
        data += more;
    }
    if (data.size() > maxBytes) {
        *error = tr("%1: skipped: larger than the %2 MB limit").arg(displayPath).arg(maxBytes / (1024 * 1024));
        return false;
    }
    if (data.contains('\0')) {
        *error = tr("%1: skipped: binary file (contains NUL bytes)").arg(displayPath);
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    *text = decoder.decode(data);
    if (decoder.hasError() && warning) {
        // Find the first line with a replacement character to point the user at it.
        const int bad = int(text->indexOf(QChar(QChar::ReplacementCharacter)));
        const int line = bad < 0 ? 1 : int(QStringView(*text).left(bad).count(u'\n')) + 1;
        *warning = tr("%1:%2: invalid UTF-8; the file was analysed with replacement characters").arg(displayPath).arg(line);
    }
    return true;
}

} // namespace Armlift
