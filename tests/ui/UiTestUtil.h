#pragma once

// Shared by the ui tests: temporary project folders with a Dockerfile that has known findings.

#include "model/Finding.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>

namespace Armlift::Internal {

// ARM201 (the Go amd64 tarball, twice in one RUN) and ARM401 (`-tags amd64`), from case 5 of
// the migration talk.
inline QString goDockerfile()
{
    return QStringLiteral("FROM ubuntu:22.04\n"
                          "WORKDIR /src\n"
                          "RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz && "
                          "tar -C /usr/local -xzf go1.20.2.linux-amd64.tar.gz\n"
                          "ENV PATH=$PATH:/usr/local/go/bin\n"
                          "RUN go test -tags amd64 ./...\n");
}

inline bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

inline QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

inline const Finding *findRule(const QList<Finding> &findings, const QString &rule)
{
    for (const Finding &f : findings) {
        if (f.ruleId == rule)
            return &f;
    }
    return nullptr;
}

// The text a finding's range covers, cut from the file's text independently of the editor.
inline QString textOfRange(const QString &text, const SourceRange &range)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (range.line != range.endLine)
        return {};
    return lines.value(range.line - 1).mid(range.column - 1, range.endColumn - range.column);
}

// Shows a main window at the size the tests lay out for, opens `path` and waits for the first
// scan. A template so that this header needs no widget include (Window: MainWindow).
template <typename Window>
bool showAndScan(Window &window, const QString &path, int timeoutMs = 60000)
{
    window.resize(1200, 800);
    window.show();
    QSignalSpy finished(&window, &Window::scanFinished);
    return window.openPath(path) && finished.wait(timeoutMs);
}

} // namespace Armlift::Internal
