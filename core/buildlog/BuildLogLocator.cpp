#include "buildlog/BuildLogLocator.h"

#include "scan/ProjectConfig.h"
#include "scan/ProjectScanner.h"
#include "scan/TextFileReader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Armlift {

using namespace Qt::StringLiterals;

BuildLogProject::BuildLogProject(const RuleRegistry &rules, const QString &root, const QHash<QString, QString> &overrides)
    : m_rules(rules)
{
    if (root.isEmpty())
        return;
    const QFileInfo info(root);
    QStringList relative;
    if (info.isFile()) {
        m_root = info.absolutePath();
        relative.append(info.fileName());
    } else {
        m_root = QDir(root).absolutePath();
        relative = ProjectScanner::findDockerfiles(m_root, ProjectConfig::load(m_root), &m_errors);
    }
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (!relative.contains(it.key()))
            relative.append(it.key());
    }
    for (const QString &rel : std::as_const(relative)) {
        QString text;
        if (overrides.contains(rel)) {
            text = overrides.value(rel);
        } else {
            QString error;
            if (!TextFileReader::read(m_root + u'/' + rel, rel, &text, &error)) {
                m_errors.append({rel, 0, error});
                continue;
            }
        }
        m_files.append({rel, text, Dockerfile::parse(rel, text)});
    }
}

const QList<Finding> &BuildLogProject::lint(int index) const
{
    auto it = m_lint.find(index);
    if (it == m_lint.end()) {
        const File &f = m_files.at(index);
        const ProjectScanner scanner(m_rules);
        it = m_lint.insert(index, scanner.lintText(m_root, f.path, f.text, ProjectConfig::load(m_root)).findings);
    }
    return *it;
}

int BuildLogProject::fileNamed(const QString &name) const
{
    const QString wanted = QDir::cleanPath(name);
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).path == wanted)
            return int(i);
    }
    // BuildKit names the file as given to -f, which may be relative to another folder.
    const QString base = QFileInfo(wanted).fileName();
    int match = -1;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const QString &p = m_files.at(i).path;
        if (wanted.endsWith(u'/' + p) || p.endsWith(u'/' + wanted) || QFileInfo(p).fileName() == base) {
            if (match >= 0)
                return -1; // ambiguous: better no file than the wrong one
            match = int(i);
        }
    }
    return match;
}

namespace BuildLogLocate {

QString instructionText(const Dockerfile &df, int index)
{
    const Instruction &in = df.instructions().at(index);
    QString text = df.document().text().mid(in.start, in.end - in.start);
    // Continuations: escape char + line break; comment lines inside a continuation vanish.
    const QString esc = QRegularExpression::escape(QString(df.escapeChar()));
    const QRegularExpression continuation(esc + u"[ \\t]*\\r?\\n(?:[ \\t]*#[^\\n]*\\n)*"_s);
    text.replace(continuation, u" "_s);
    return text.simplified();
}

namespace {

QString simplifiedCommand(QString command)
{
    command = command.simplified();
    if (command.endsWith(u"..."_s))
        command.chop(3);
    return command.trimmed();
}

bool sameCommand(const QString &logged, const QString &written)
{
    if (logged.isEmpty() || written.isEmpty())
        return false;
    if (logged == written)
        return true;
    // A terminal-width progress line cuts the command; require enough of it to be sure.
    return logged.size() >= 16 && written.startsWith(logged);
}

QString normalizedImage(QString image)
{
    image = image.trimmed().toLower();
    const qsizetype at = image.indexOf(u'@');
    if (at >= 0)
        image.truncate(at);
    for (const QString &prefix : {u"docker.io/"_s, u"index.docker.io/"_s, u"registry-1.docker.io/"_s, u"library/"_s}) {
        if (image.startsWith(prefix))
            image.remove(0, prefix.size());
    }
    return image;
}

QString withoutTag(const QString &image)
{
    const qsizetype slash = image.lastIndexOf(u'/');
    const qsizetype colon = image.lastIndexOf(u':');
    return colon > slash ? image.left(colon) : image;
}

} // namespace

int instruction(const Dockerfile &df, const QString &keyword, const QString &command, const QString &stage)
{
    const QString logged = simplifiedCommand(command);
    const QString wantedKeyword = keyword.isEmpty() ? u"RUN"_s : keyword.toUpper();
    int first = -1;
    for (qsizetype i = 0; i < df.instructions().size(); ++i) {
        const Instruction &in = df.instructions().at(i);
        if (in.keyword != wantedKeyword)
            continue;
        const QString full = instructionText(df, int(i));
        const QString afterKeyword = full.mid(in.keyword.size()).trimmed();
        const QString args = in.args.text().simplified();
        if (!sameCommand(logged, afterKeyword) && !sameCommand(logged, args))
            continue;
        if (stage.isEmpty() || in.stage < 0)
            return int(i);
        if (df.stages().at(in.stage).name == stage.toLower())
            return int(i);
        if (first < 0)
            first = int(i);
    }
    return first;
}

int instructionAtLine(const Dockerfile &df, int line)
{
    for (qsizetype i = 0; i < df.instructions().size(); ++i) {
        const Instruction &in = df.instructions().at(i);
        if (df.document().lineOf(in.start) <= line && line <= df.document().lineOf(in.end))
            return int(i);
    }
    return -1;
}

int fromOf(const Dockerfile &df, int index)
{
    if (index < 0 || index >= df.instructions().size())
        return -1;
    const int stage = df.instructions().at(index).stage;
    return stage >= 0 ? df.stages().at(stage).fromInstruction : -1;
}

int fromForImage(const Dockerfile &df, const QString &image)
{
    const QString wanted = normalizedImage(image);
    if (wanted.isEmpty())
        return -1;
    for (const Stage &s : df.stages()) {
        const QString written = normalizedImage(df.expandGlobal(s.image));
        if (written == wanted || withoutTag(written) == wanted || written == withoutTag(wanted))
            return s.fromInstruction;
    }
    return -1;
}

SourceRange firstLine(const Dockerfile &df, int index)
{
    const Instruction &in = df.instructions().at(index);
    const int line = df.document().lineOf(in.start);
    const int end = qMin(in.end, df.document().lineEnd(line));
    return df.range(in.start, qMax(end, in.start + 1));
}

} // namespace BuildLogLocate

} // namespace Armlift
