#include "buildlog/BuildLog.h"

#include <QHash>

#include <algorithm>
#include <QRegularExpression>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern);
}

// `[wasm 4/7]`, `[linux/arm64 build 3/5]`, `[internal]`: stage name and n/m. A platform
// token (contains '/') is dropped: the Dockerfile line is the same for every platform.
void splitBracket(const QString &inside, QString *stage, int *number, int *total)
{
    static const QRegularExpression counter(u"^(\\d+)/(\\d+)$"_s);
    QStringList stageWords;
    for (const QString &token : inside.split(u' ', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = counter.match(token);
        if (m.hasMatch()) {
            *number = m.captured(1).toInt();
            *total = m.captured(2).toInt();
        } else if (!token.contains(u'/')) {
            stageWords.append(token);
        }
    }
    *stage = stageWords.join(u' ');
}

// `RUN pip install x` -> keyword RUN, command `pip install x`. Internal vertices
// (`load metadata for …`) have no upper-case keyword.
void splitCommand(const QString &rest, QString *keyword, QString *command)
{
    static const QRegularExpression kw(u"^([A-Z]+)(?:\\s+(.*))?$"_s);
    const QRegularExpressionMatch m = kw.match(rest.trimmed());
    if (m.hasMatch()) {
        *keyword = m.captured(1);
        *command = m.captured(2).trimmed();
    } else {
        keyword->clear();
        *command = rest.trimmed();
    }
}

QString withoutShell(QString command)
{
    command = command.trimmed();
    static const QRegularExpression shell(u"^(?:/bin/(?:ba)?sh|sh|bash)\\s+-(?:e?c|o\\s+pipefail\\s+-c)\\s+"_s);
    const QRegularExpressionMatch m = shell.match(command);
    if (m.hasMatch())
        command.remove(0, m.capturedLength());
    return command;
}

} // namespace

QString BuildLog::cleanLine(const QString &raw)
{
    // A terminal redraws a progress line with '\r': what stays visible is the last text.
    QString line = raw;
    if (line.contains(u'\r')) {
        const QStringList parts = line.split(u'\r');
        line.clear();
        for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
            if (!it->trimmed().isEmpty()) {
                line = *it;
                break;
            }
        }
    }
    static const QRegularExpression ansi(
        u"\\x1b\\[[0-?]*[ -/]*[@-~]|\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)?|\\x1b[@-Z\\\\-_]"_s);
    line.remove(ansi);
    return line;
}

int BuildLog::stepFor(const QString &stage, int number, const QString &keyword, const QString &command)
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const BuildLogStep &s = m_steps.at(i);
        if (s.stage == stage && s.number == number && s.keyword == keyword
            && (s.command == command || s.command.startsWith(command) || command.startsWith(s.command))) {
            // A progress line cut the command at the terminal's width; the error block has it all.
            if (command.size() > s.command.size())
                m_steps[i].command = command;
            return int(i);
        }
    }
    BuildLogStep step;
    step.stage = stage;
    step.number = number;
    step.keyword = keyword;
    step.command = command;
    m_steps.append(step);
    return int(m_steps.size() - 1);
}

BuildLog BuildLog::parse(const QString &text)
{
    static const QRegularExpression plainHeader = re(u"^#(\\d+) \\[([^\\]]+)\\]\\s*(.*)$"_s);
    static const QRegularExpression plainOutput = re(u"^#(\\d+) (?:(\\d+\\.\\d+) ?)?(.*)$"_s);
    static const QRegularExpression ttyHeader =
        re(u"^\\s*=>\\s+(ERROR\\s+|CACHED\\s+|CANCELED\\s+)?\\[([^\\]]+)\\]\\s*(.*?)(?:\\s+\\d+(?:\\.\\d+)?s)?\\s*$"_s);
    static const QRegularExpression ttyOutput = re(u"^\\s*=> => # ?(.*)$"_s);
    static const QRegularExpression blockHeader = re(u"^\\s*>\\s+\\[([^\\]]+)\\]\\s*(.*?):\\s*$"_s);
    static const QRegularExpression blockLine = re(u"^\\s*(?:#\\d+\\s+)?\\d+\\.\\d+\\s?(.*)$"_s);
    static const QRegularExpression dashes = re(u"^\\s*-{5,}\\s*$"_s);
    static const QRegularExpression excerptHeader = re(u"^\\s*(\\S+):(\\d+)\\s*$"_s);
    static const QRegularExpression excerptLine = re(u"^\\s*\\d+\\s*\\|"_s);
    static const QRegularExpression classicHeader = re(u"^Step (\\d+)/(\\d+) : (\\S+)\\s*(.*)$"_s);
    static const QRegularExpression buildahHeader =
        re(u"^(?:\\[(\\d+)/(\\d+)\\]\\s+)?STEP (\\d+)(?:/(\\d+))?:\\s*(\\S+)\\s*(.*)$"_s);
    static const QRegularExpression statusWrap = re(u"^status '\\w+'\\.?$"_s);
    static const QList<QRegularExpression> finalErrors = {
        re(u"process \"((?:[^\"\\\\]|\\\\.)*)\" did not complete successfully"_s),
        re(u"executor failed running \\[(.*)\\]:"_s),
        re(u"The command '(.*)' returned a non-zero code"_s),
        re(u"building at STEP \"((?:[^\"\\\\]|\\\\.)*)\""_s),
    };

    BuildLog log;
    QHash<QString, int> vertices;  // BuildKit vertex id -> step
    int currentStep = -1;          // classic/buildah/tty: output belongs to the last header
    int blockStep = -1;            // inside a `------ > [..] X: … ------` error block
    bool inBlock = false;
    int excerptDashes = -1;        // inside a `Dockerfile:N` excerpt: dash lines seen so far
    QString pendingFile;           // an excerpt seen before any step failed
    int pendingLine = 0;

    const QStringList rawLines = text.split(u'\n');
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        BuildLogLine line;
        line.number = int(i + 1);
        const QString clean = cleanLine(rawLines.at(i));
        line.text = clean;

        if (excerptDashes >= 0) {
            if (dashes.match(clean).hasMatch()) {
                if (++excerptDashes == 2)
                    excerptDashes = -1;
                line.excerpt = true;
                log.m_lines.append(line);
                continue;
            }
            if (excerptDashes == 1 && (excerptLine.match(clean).hasMatch() || clean.trimmed().isEmpty())) {
                line.excerpt = true;
                log.m_lines.append(line);
                continue;
            }
            excerptDashes = -1;
        }

        QRegularExpressionMatch m;
        if ((m = excerptHeader.match(clean)).hasMatch() && i + 1 < rawLines.size()
            && dashes.match(cleanLine(rawLines.at(i + 1))).hasMatch() && !clean.startsWith(u'#')) {
            const int target = blockStep >= 0 ? blockStep : log.m_failedStep;
            if (target >= 0 && log.m_steps[target].dockerfileLine == 0) {
                log.m_steps[target].dockerfile = m.captured(1);
                log.m_steps[target].dockerfileLine = m.captured(2).toInt();
            } else if (target < 0 && pendingLine == 0) {
                pendingFile = m.captured(1);
                pendingLine = m.captured(2).toInt();
            }
            blockStep = -1;
            inBlock = false;
            excerptDashes = 0;
            line.excerpt = true;
            line.step = target;
            log.m_lines.append(line);
            continue;
        }
        if ((m = blockHeader.match(clean)).hasMatch()) {
            QString stage, keyword, command;
            int number = 0, total = 0;
            splitBracket(m.captured(1), &stage, &number, &total);
            splitCommand(m.captured(2), &keyword, &command);
            blockStep = log.stepFor(stage, number, keyword, command);
            log.m_steps[blockStep].failed = true;
            log.m_steps[blockStep].total = total;
            if (log.m_failedStep < 0)
                log.m_failedStep = blockStep;
            inBlock = true;
            line.step = blockStep;
            line.excerpt = true; // the header repeats the command; it is not output
            log.m_lines.append(line);
            continue;
        }
        if (dashes.match(clean).hasMatch()) {
            inBlock = false;
            log.m_lines.append(line);
            continue;
        }
        if (inBlock) {
            if ((m = blockLine.match(clean)).hasMatch())
                line.text = m.captured(1);
            line.step = blockStep;
        } else if ((m = plainHeader.match(clean)).hasMatch()) {
            if (log.m_format == Format::Unknown)
                log.m_format = Format::BuildKitPlain;
            QString stage, keyword, command;
            int number = 0, total = 0;
            splitBracket(m.captured(2), &stage, &number, &total);
            splitCommand(m.captured(3), &keyword, &command);
            int index = vertices.value(m.captured(1), -1);
            if (index < 0) {
                index = log.stepFor(stage, number, keyword, command);
                vertices.insert(m.captured(1), index);
            }
            BuildLogStep &step = log.m_steps[index];
            step.id = m.captured(1);
            step.total = total;
            if (step.headerLine == 0)
                step.headerLine = line.number;
            line.step = index;
            line.excerpt = true;
            currentStep = index;
        } else if ((m = plainOutput.match(clean)).hasMatch()) {
            const int index = vertices.value(m.captured(1), -1);
            line.step = index;
            currentStep = index; // a line the terminal wrapped continues this vertex
            line.text = m.captured(3);
            if (index >= 0 && m.captured(2).isEmpty() && line.text.startsWith(u"ERROR"_s)) {
                log.m_steps[index].failed = true;
                if (log.m_failedStep < 0)
                    log.m_failedStep = index;
            }
        } else if ((m = ttyHeader.match(clean)).hasMatch()) {
            if (log.m_format == Format::Unknown)
                log.m_format = Format::BuildKitTty;
            QString stage, keyword, command;
            int number = 0, total = 0;
            splitBracket(m.captured(2), &stage, &number, &total);
            splitCommand(m.captured(3), &keyword, &command);
            currentStep = log.stepFor(stage, number, keyword, command);
            BuildLogStep &step = log.m_steps[currentStep];
            step.total = total;
            if (step.headerLine == 0)
                step.headerLine = line.number;
            if (m.captured(1).startsWith(u"ERROR"_s)) {
                step.failed = true;
                if (log.m_failedStep < 0)
                    log.m_failedStep = currentStep;
            }
            line.step = currentStep;
            line.excerpt = true;
        } else if ((m = ttyOutput.match(clean)).hasMatch()) {
            line.step = currentStep;
            line.text = m.captured(1);
        } else if ((m = classicHeader.match(clean)).hasMatch() || (m = buildahHeader.match(clean)).hasMatch()) {
            const bool classic = m.regularExpression() == classicHeader;
            if (log.m_format == Format::Unknown)
                log.m_format = classic ? Format::Classic : Format::Buildah;
            BuildLogStep step;
            step.number = m.captured(classic ? 1 : 3).toInt();
            step.total = m.captured(classic ? 2 : 4).toInt();
            if (!classic && !m.captured(1).isEmpty())
                step.stage = m.captured(1) + u'/' + m.captured(2);
            step.keyword = m.captured(classic ? 3 : 5).toUpper();
            step.command = m.captured(classic ? 4 : 6).trimmed();
            step.id = QString::number(step.number);
            step.headerLine = line.number;
            log.m_steps.append(step);
            currentStep = int(log.m_steps.size() - 1);
            line.step = currentStep;
            line.excerpt = true;
        } else {
            line.step = currentStep;
        }

        // A terminal or a slide wrapped "finished with status 'error'" in two: join it back.
        if (statusWrap.match(line.text.trimmed()).hasMatch() && !log.m_lines.isEmpty()
            && log.m_lines.last().step == line.step) {
            log.m_lines.last().text += u' ' + line.text.trimmed();
            line.text.clear();
        }
        for (const QRegularExpression &fe : finalErrors) {
            const QRegularExpressionMatch fm = fe.match(line.text);
            if (fm.hasMatch() && log.m_failedCommand.isEmpty()) {
                QString command = fm.captured(1);
                command.replace(u"\\\""_s, u"\""_s);
                if (fe.pattern().startsWith(u"building"_s)) {
                    QString keyword;
                    splitCommand(command, &keyword, &command);
                }
                log.m_failedCommand = withoutShell(command);
            }
        }
        log.m_lines.append(line);
    }
    log.finish();
    if (log.m_failedStep >= 0 && pendingLine > 0 && log.m_steps[log.m_failedStep].dockerfileLine == 0) {
        log.m_steps[log.m_failedStep].dockerfile = pendingFile;
        log.m_steps[log.m_failedStep].dockerfileLine = pendingLine;
    }
    return log;
}

// Decides the failed step when no ERROR marker named it: the step whose command the final
// error quotes, else (classic, buildah) the last step of a log that ends in an error.
void BuildLog::finish()
{
    if (m_failedStep >= 0)
        return;
    const QString wanted = m_failedCommand.simplified();
    if (!wanted.isEmpty()) {
        for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
            const QString command = m_steps.at(i).command.simplified();
            if (!command.isEmpty() && (command == wanted || wanted.startsWith(command) || command.startsWith(wanted))) {
                m_failedStep = int(i);
                break;
            }
        }
    }
    if (m_failedStep < 0 && (m_format == Format::Classic || m_format == Format::Buildah) && !m_steps.isEmpty()) {
        // Only when an error follows the last header: a successful log has no failed step.
        const int header = m_steps.last().headerLine;
        const bool errorAfter = std::any_of(m_lines.cbegin(), m_lines.cend(), [&](const BuildLogLine &l) {
            return l.number > header && !l.excerpt && isErrorLike(l.text);
        });
        if (errorAfter)
            m_failedStep = int(m_steps.size() - 1);
    }
    if (m_failedStep >= 0)
        m_steps[m_failedStep].failed = true;
}

bool BuildLog::isErrorLike(const QString &text)
{
    static const QRegularExpression errorLike(
        u"\\b(?:error|failed|fatal|cannot|unable|not found|no such|denied|illegal|exception)\\b|Traceback|exit code|exit status|non-zero code"_s,
        QRegularExpression::CaseInsensitiveOption);
    return errorLike.match(text).hasMatch();
}

QStringList BuildLog::lastErrorLines(int count) const
{
    // The failed step's last output says most (a compiler or make message need not contain
    // "error"); the error-like lines after it say how the build ended.
    QStringList tail;
    QStringList any;
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) {
        const QString t = it->text.trimmed();
        if (t.isEmpty() || it->excerpt || tail.contains(t))
            continue;
        if (any.size() < count)
            any.prepend(t);
        const bool inFailedStep = m_failedStep >= 0 && it->step == m_failedStep;
        if (inFailedStep || isErrorLike(t))
            tail.prepend(t);
        if (tail.size() == count)
            break;
    }
    return tail.isEmpty() ? any : tail;
}

} // namespace Armlift
