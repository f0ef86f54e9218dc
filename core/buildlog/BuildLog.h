#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Armlift {

// One step ("vertex") of a build as the log shows it: `#7 [4/4] RUN …` (BuildKit),
// `Step 4/6 : RUN …` (classic builder), `STEP 4/6: RUN …` (buildah / podman).
struct BuildLogStep
{
    QString id;              // BuildKit vertex ("7"); for other builders the step number
    QString stage;           // BuildKit's stage name in `[wasm 4/7]`; empty for the default stage
    int number = 0;          // n of n/m; 0 when the log does not say
    int total = 0;
    QString keyword;         // RUN, FROM, COPY…; empty for BuildKit's internal vertices
    QString command;         // the arguments as printed (continuations already joined)
    bool failed = false;
    QString dockerfile;      // from a `Dockerfile:N` excerpt of this step's error
    int dockerfileLine = 0;
    int headerLine = 0;      // 1-based line of the header in the log
};

struct BuildLogLine
{
    int number = 0;          // 1-based line in the log as given
    QString text;            // without BuildKit's `#7 1.278 ` / `1.278 ` prefix, colours removed
    int step = -1;           // index into BuildLog::steps(); -1 when outside any step
    bool excerpt = false;    // a line of a quoted Dockerfile excerpt (`7 | >>> RUN …`), not output
};

// A `docker build` / `docker buildx build` / `buildah bud` / `podman build` log, split into
// steps and output lines. Parsing is tolerant: anything unrecognised is kept as plain output.
class BuildLog
{
public:
    enum class Format { Unknown, BuildKitPlain, BuildKitTty, Classic, Buildah };

    static BuildLog parse(const QString &text);

    Format format() const { return m_format; }
    const QList<BuildLogLine> &lines() const { return m_lines; }
    const QList<BuildLogStep> &steps() const { return m_steps; }
    // The step that failed (BuildKit's ERROR marker, or the one the final error names, or the
    // last step of a classic/buildah log that ends in an error); -1 when none is known.
    int failedStep() const { return m_failedStep; }
    // The command of the final error message (`process "/bin/sh -c X" did not complete…`,
    // `The command '/bin/sh -c X' returned…`, `building at STEP "RUN X"`), shell prefix removed.
    const QString &failedCommand() const { return m_failedCommand; }
    // The last `count` lines that look like errors (or the last non-empty lines when none do),
    // for the "unknown log" message.
    QStringList lastErrorLines(int count) const;

    // ANSI colour and cursor sequences removed; of a line redrawn with '\r', the last text.
    static QString cleanLine(const QString &raw);
    static bool isErrorLike(const QString &text);

private:
    int stepFor(const QString &stage, int number, const QString &keyword, const QString &command);
    void finish();

    Format m_format = Format::Unknown;
    QList<BuildLogLine> m_lines;
    QList<BuildLogStep> m_steps;
    int m_failedStep = -1;
    QString m_failedCommand;
};

} // namespace Armlift
