#pragma once

#include <QByteArray>
#include <QString>

namespace Armlift {

// A file's bytes as the editors and fix previews hold them: UTF-8 without the BOM, every line
// break "\n". What was dropped is remembered, so writing the text back keeps the file's BOM and
// "\r\n" line breaks. One place for what the fix-all planner, the quick-fix writer and the
// project fixer do to files on disk.
struct NormalizedText
{
    QString text;
    bool bom = false;   // the bytes started with a UTF-8 BOM
    bool crlf = false;  // the bytes used "\r\n" line breaks

    // Bytes -> text: BOM dropped, "\r\n" and a lone "\r" turned into "\n".
    static NormalizedText fromBytes(const QByteArray &bytes);
    // Text ("\n" breaks) -> bytes for a file that had `bom` and `crlf`.
    QByteArray toBytes(const QString &edited) const;
};

// `text` without a leading U+FEFF (a file decoded with its BOM kept).
QString withoutBom(const QString &text);

} // namespace Armlift
