#pragma once

// Shared by the tests/net suites: a scanned temporary project and lookups in results.

#include "model/Finding.h"
#include "online/OnlineChecker.h"
#include "scan/ProjectScanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace OnlineTest {

inline Armlift::ScanResult scanProject(const QTemporaryDir &dir, const QHash<QString, QByteArray> &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir.filePath(it.key());
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(it.value());
    }
    return Armlift::ProjectScanner().scan(dir.path());
}

inline QList<Armlift::Finding> findingsOf(const Armlift::ScanResult &r, const QString &rule)
{
    QList<Armlift::Finding> out;
    for (const Armlift::Finding &f : r.findings)
        if (f.ruleId == rule)
            out.append(f);
    return out;
}

inline QString describe(const Armlift::OnlineReport &r)
{
    QStringList lines;
    for (const Armlift::Finding &f : r.result.findings)
        lines.append(QStringLiteral("%1:%2 %3 [%4] %5").arg(f.file).arg(f.range.line).arg(f.ruleId, f.source, f.message));
    for (const Armlift::ScanError &e : r.problems)
        lines.append(QStringLiteral("problem: ") + e.message);
    return lines.join(u'\n');
}

inline bool anyEditWrites(const Armlift::Finding &f, const QString &text)
{
    for (const Armlift::Fix &fix : f.fixes)
        for (const Armlift::TextEdit &e : fix.edits)
            if (e.newText.contains(text))
                return true;
    return false;
}

} // namespace OnlineTest
