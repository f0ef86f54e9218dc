#include "rules/python/PythonRequirementCollector.h"

#include "manifest/RequirementSpans.h"
#include "online/WheelTags.h"
#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"
#include "rules/python/BuildContextPaths.h"
#include "scan/ProjectFiles.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// pip options that take a value as the next word (or after '=').
bool optionTakesValue(const QString &opt)
{
    static const QSet<QString> withValue = {
        u"-r"_s, u"--requirement"_s, u"-c"_s, u"--constraint"_s, u"-e"_s, u"--editable"_s,
        u"-i"_s, u"--index-url"_s, u"--extra-index-url"_s, u"-f"_s, u"--find-links"_s,
        u"-t"_s, u"--target"_s, u"--prefix"_s, u"--root"_s, u"--platform"_s,
        u"--python-version"_s, u"--implementation"_s, u"--abi"_s, u"--no-binary"_s,
        u"--only-binary"_s, u"--src"_s, u"--upgrade-strategy"_s, u"--progress-bar"_s,
        u"--log"_s, u"--cache-dir"_s, u"--trusted-host"_s, u"--proxy"_s, u"--timeout"_s,
        u"--retries"_s, u"--global-option"_s, u"--config-settings"_s, u"-C"_s,
        u"--install-option"_s, u"--report"_s, u"--python"_s, u"-p"_s};
    return withValue.contains(opt);
}

// `prefix`, `prefix3` or `prefix3.11` (what ^prefix(\d+(\.\d+)?)?$ matches), without a regex:
// this is asked of every command of every RUN.
bool isVersionedName(QStringView name, QLatin1StringView prefix)
{
    if (!name.startsWith(prefix))
        return false;
    const QStringView rest = name.mid(prefix.size());
    qsizetype i = 0;
    auto digits = [&] {
        const qsizetype from = i;
        while (i < rest.size() && rest.at(i).unicode() >= u'0' && rest.at(i).unicode() <= u'9')
            ++i;
        return i > from;
    };
    if (rest.isEmpty())
        return true;
    if (!digits())
        return false;
    if (i < rest.size() && rest.at(i) == u'.') {
        ++i;
        if (!digits())
            return false;
    }
    return i == rest.size();
}

} // namespace

bool isPipName(QStringView name)
{
    return isVersionedName(name, QLatin1StringView("pip"));
}

bool isPythonName(QStringView name)
{
    return isVersionedName(name, QLatin1StringView("python"));
}

namespace {

// Index of the first argument after `install`, or -1 when the command is not a pip install.
int pipInstallArguments(const ShellCommand &c)
{
    const int n = c.nameIndex();
    if (n < 0)
        return -1;
    const QStringView name = c.nameView();
    int i = n + 1;
    if (isPythonName(name)) {
        // python3 -m pip install …; interpreter flags (-u, -I) may come first.
        while (i < c.words.size() && c.words.at(i).value.startsWith(u'-') && c.words.at(i).value != u"-m"_s
               && c.words.at(i).value != u"-mpip"_s)
            ++i;
        if (i < c.words.size() && c.words.at(i).value == u"-mpip"_s)
            ++i;
        else if (i + 1 < c.words.size() && c.words.at(i).value == u"-m"_s && c.words.at(i + 1).value == u"pip"_s)
            i += 2;
        else
            return -1;
    } else if (name == u"uv"_s) {
        if (i >= c.words.size() || c.words.at(i).value != u"pip"_s)
            return -1;
        ++i;
    } else if (!isPipName(name)) {
        return -1;
    }
    // Global options before the subcommand (pip --no-cache-dir install …).
    while (i < c.words.size() && c.words.at(i).value.startsWith(u'-'))
        ++i;
    // `pip wheel` resolves and builds like `pip install` (a wheelhouse for a later stage).
    if (i >= c.words.size() || (c.words.at(i).value != u"install"_s && c.words.at(i).value != u"wheel"_s))
        return -1;
    return i + 1;
}

// A marker that keeps the requirement off aarch64 (platform_machine == "x86_64" …).
bool markerExcludesArm64(const QString &marker)
{
    // Every alternative names a platform_* or sys_platform variable; most requirements have
    // no marker at all, so skip the regex for them.
    if (!marker.contains(u"platform"))
        return false;
    static const QRegularExpression onlyX86(QStringLiteral(
        "platform_machine\\s*==\\s*['\"](x86_64|amd64|AMD64|i686|x86)['\"]|"
        "platform_machine\\s*!=\\s*['\"](aarch64|arm64)['\"]|"
        "sys_platform\\s*==\\s*['\"](win32|darwin|cygwin)['\"]|platform_system\\s*==\\s*['\"](Windows|Darwin)['\"]"));
    return onlyX86.match(marker).hasMatch();
}

// PEP 508 environment markers, evaluated for what is known of the stage: the version of its
// Python (from a python:X.Y image). 1 true, 0 false, -1 unknown (another variable, or syntax
// this does not follow). Only a marker that is certainly false drops a requirement: pip skips
// `numpy==1.16.6 ; python_version < "3.7"` on Python 3.11.
class MarkerEvaluator
{
public:
    MarkerEvaluator(QStringView marker, int major, int minor)
        : m_s(marker)
        , m_major(major)
        , m_minor(minor)
    {
    }

    int evaluate()
    {
        const int v = parseOr();
        skipSpaces();
        return m_i == m_s.size() ? v : -1;
    }

private:
    static int andOf(int a, int b) { return (a == 0 || b == 0) ? 0 : (a == 1 && b == 1) ? 1 : -1; }
    static int orOf(int a, int b) { return (a == 1 || b == 1) ? 1 : (a == 0 && b == 0) ? 0 : -1; }

    void skipSpaces()
    {
        while (m_i < m_s.size() && m_s.at(m_i).isSpace())
            ++m_i;
    }
    bool keyword(QStringView word)
    {
        skipSpaces();
        if (!m_s.sliced(m_i).startsWith(word))
            return false;
        const qsizetype end = m_i + word.size();
        if (end < m_s.size() && (m_s.at(end).isLetterOrNumber() || m_s.at(end) == u'_'))
            return false;
        m_i = end;
        return true;
    }
    int parseOr()
    {
        int v = parseAnd();
        while (m_ok && keyword(u"or"))
            v = orOf(v, parseAnd());
        return m_ok ? v : -1;
    }
    int parseAnd()
    {
        int v = parseAtom();
        while (m_ok && keyword(u"and"))
            v = andOf(v, parseAtom());
        return m_ok ? v : -1;
    }
    // An identifier or a quoted string; `quoted` says which.
    QString operand(bool *quoted)
    {
        skipSpaces();
        *quoted = false;
        if (m_i < m_s.size() && (m_s.at(m_i) == u'"' || m_s.at(m_i) == u'\'')) {
            const QChar q = m_s.at(m_i);
            const qsizetype close = m_s.indexOf(q, m_i + 1);
            if (close < 0) {
                m_ok = false;
                return {};
            }
            *quoted = true;
            const QString text = m_s.sliced(m_i + 1, close - m_i - 1).toString();
            m_i = close + 1;
            return text;
        }
        const qsizetype start = m_i;
        while (m_i < m_s.size() && (m_s.at(m_i).isLetterOrNumber() || m_s.at(m_i) == u'_' || m_s.at(m_i) == u'.'))
            ++m_i;
        if (m_i == start)
            m_ok = false;
        return m_s.sliced(start, m_i - start).toString();
    }
    QString op()
    {
        skipSpaces();
        for (const QStringView o : {u"===", u"==", u"!=", u"<=", u">=", u"~=", u"<", u">"}) {
            if (m_s.sliced(m_i).startsWith(o)) {
                m_i += o.size();
                return o.toString();
            }
        }
        if (keyword(u"not")) {
            if (keyword(u"in"))
                return QStringLiteral("not in");
            m_ok = false;
            return {};
        }
        if (keyword(u"in"))
            return QStringLiteral("in");
        m_ok = false;
        return {};
    }
    int parseAtom()
    {
        skipSpaces();
        if (m_i < m_s.size() && m_s.at(m_i) == u'(') {
            ++m_i;
            const int v = parseOr();
            skipSpaces();
            if (m_i < m_s.size() && m_s.at(m_i) == u')')
                ++m_i;
            else
                m_ok = false;
            return v;
        }
        bool leftQuoted = false, rightQuoted = false;
        const QString left = operand(&leftQuoted);
        const QString o = op();
        const QString right = operand(&rightQuoted);
        if (!m_ok)
            return -1;
        if (!leftQuoted && rightQuoted)
            return compare(left, o, right, false);
        if (leftQuoted && !rightQuoted)
            return compare(right, o, left, true);
        return -1;
    }
    // variable <op> literal (or literal <op> variable when `reversed`).
    int compare(const QString &variable, const QString &o, const QString &literal, bool reversed) const
    {
        const bool full = variable == u"python_full_version"_s;
        if (variable != u"python_version"_s && !full)
            return -1;
        if (o == u"in"_s || o == u"not in"_s || o == u"~="_s || o == u"==="_s || literal.contains(u'*'))
            return -1;
        // python_version is X.Y; of python_full_version only X.Y is known: decide when every
        // patch release answers alike.
        const QString base = QString::number(m_major) + u'.' + QString::number(m_minor);
        const QStringList candidates = full ? QStringList{base + u".0"_s, base + u".999"_s} : QStringList{base};
        int result = -2;
        for (const QString &v : candidates) {
            const int c = reversed ? compareVersions(literal, v) : compareVersions(v, literal);
            bool r = false;
            if (o == u"=="_s)
                r = c == 0;
            else if (o == u"!="_s)
                r = c != 0;
            else if (o == u"<"_s)
                r = c < 0;
            else if (o == u"<="_s)
                r = c <= 0;
            else if (o == u">"_s)
                r = c > 0;
            else if (o == u">="_s)
                r = c >= 0;
            const int ri = r ? 1 : 0;
            if (result == -2)
                result = ri;
            else if (result != ri)
                return -1;
        }
        return result;
    }

    QStringView m_s;
    qsizetype m_i = 0;
    bool m_ok = true;
    int m_major;
    int m_minor;
};

// Is the marker certainly false for the stage's Python? Only python:X.Y images say which
// Python runs pip; a guess from a distribution image does not (another Python may be installed).
bool markerFalseForPython(const QString &marker, const PythonTarget &target)
{
    if (marker.isEmpty() || !target.knowsVersion() || target.guessed || !marker.contains(u"python_"))
        return false;
    return MarkerEvaluator(marker, target.major, target.minor).evaluate() == 0;
}

struct PipCommand
{
    QStringList requirementFiles;
    QSet<QString> noBinary;
    bool noBinaryAll = false;
    bool otherPlatform = false;
    bool noIndex = false; // only --find-links artefacts, built where the wheelhouse was made
    QList<int> requirementWords;
};

PipCommand readPipCommand(const ShellCommand &c, int first)
{
    PipCommand pip;
    for (int i = first; i < c.words.size(); ++i) {
        const QString &w = c.words.at(i).value;
        if (!w.startsWith(u'-') || w == u"-"_s) {
            pip.requirementWords.append(i);
            continue;
        }
        if (w == u"--no-index"_s)
            pip.noIndex = true;
        QString opt = w;
        QString value;
        bool hasValue = false;
        const int eq = int(w.indexOf(u'='));
        if (w.startsWith(u"--") && eq > 0) {
            opt = w.left(eq);
            value = w.mid(eq + 1);
            hasValue = true;
        } else if (!w.startsWith(u"--") && w.size() > 2 && (w.at(1) == u'r' || w.at(1) == u'c')) {
            opt = w.left(2); // -rrequirements.txt
            value = w.mid(2);
            hasValue = true;
        }
        if (!optionTakesValue(opt))
            continue;
        if (!hasValue && i + 1 < c.words.size()) {
            value = c.words.at(++i).value;
            hasValue = true;
        }
        if (opt == u"-r"_s || opt == u"--requirement"_s || opt == u"-c"_s || opt == u"--constraint"_s) {
            pip.requirementFiles.append(value);
        } else if (opt == u"--no-binary"_s) {
            for (const QString &p : value.split(u',', Qt::SkipEmptyParts)) {
                if (p == u":all:"_s)
                    pip.noBinaryAll = true;
                else if (p == u":none:"_s)
                    pip.noBinary.clear(), pip.noBinaryAll = false;
                else
                    pip.noBinary.insert(normalizePackageName(p));
            }
        } else if (opt == u"--platform"_s) {
            pip.otherPlatform = !value.contains(u"aarch64") && !value.contains(u"arm64");
        }
    }
    return pip;
}

QList<WrittenClause> clausesInFile(const RequirementsFile &file, const Requirement &req)
{
    QList<WrittenClause> out;
    if (!req.versionRange.isValid())
        return out;
    const TextDocument &doc = file.document;
    const int start = doc.offsetOf(req.versionRange.line, req.versionRange.column);
    const int end = doc.offsetOf(req.versionRange.endLine, req.versionRange.endColumn);
    const QStringView text = QStringView(doc.text()).mid(start, end - start);
    if (text.contains(u'\n') || text.contains(u'\r')) {
        for (const VersionClause &c : req.clauses)
            out.append({c.op, c.version, req.versionRange, req.versionRange});
        return out;
    }
    for (const ClauseSpan &c : parseClauses(text))
        out.append({c.op, c.version, doc.rangeOf(start + c.opStart, start + c.versionEnd),
                    doc.rangeOf(start + c.versionStart, start + c.versionEnd)});
    return out;
}

void collectFile(const RuleContext &ctx, const QString &path, const PythonRequirement &base, const PythonTarget &target,
                 QSet<QString> &seen, QList<PythonRequirement> &out)
{
    if (seen.contains(path) || seen.size() > 64)
        return;
    seen.insert(path);
    const RequirementsFile *file = ctx.project.requirements(path);
    if (!file)
        return;
    // `--no-binary name` lines: the file builds those packages from source on purpose.
    static const QRegularExpression noBinaryLine(QStringLiteral("^[ \\t]*--no-binary[ \\t=]+(\\S+)"),
                                                 QRegularExpression::MultilineOption);
    QSet<QString> noBinary;
    bool noBinaryAll = false;
    for (auto it = noBinaryLine.globalMatch(file->document.text()); it.hasNext();) {
        for (const QString &p : it.next().captured(1).split(u',', Qt::SkipEmptyParts)) {
            if (p == u":all:"_s)
                noBinaryAll = true;
            noBinary.insert(normalizePackageName(p));
        }
    }
    for (const Requirement &req : file->requirements) {
        if (markerExcludesArm64(req.marker) || markerFalseForPython(req.marker, target))
            continue;
        PythonRequirement r = base;
        r.requirement = req;
        r.file = file->path;
        r.inDockerfile = false;
        r.nameRange = req.range;
        r.nameRange.endLine = req.range.line;
        r.nameRange.endColumn = req.range.column + int(req.name.size());
        r.specifierRange = req.versionRange;
        r.clauses = clausesInFile(*file, req);
        r.noBinary = base.noBinary || noBinaryAll || noBinary.contains(req.normalizedName);
        out.append(std::move(r));
    }
    for (const QString &include : file->includes)
        collectFile(ctx, include, base, target, seen, out);
}

// Wheel file names (PEP 427: name-version[-build]-python-abi-platform.whl) in a word or a line.
const QRegularExpression &wheelName()
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9_.+%~]+(?:-[A-Za-z0-9_.+%~]+){4,5}\\.whl(?![A-Za-z0-9_.-])"));
    return re;
}

// The platform tag of a wheel file name when every tag of its (possibly compressed) set is x86
// Linux; empty otherwise (any, aarch64, or another OS).
QString x86OnlyPlatformTag(QStringView wheel)
{
    static const QRegularExpression x86(QStringLiteral("^(?:linux|manylinux[0-9]*|manylinux_[0-9]+_[0-9]+|musllinux_[0-9]+_[0-9]+)_(?:x86_64|i686)$"));
    const QStringView stem = wheel.chopped(4); // .whl
    const qsizetype dash = stem.lastIndexOf(u'-');
    if (dash < 0)
        return {};
    const QStringView tags = stem.sliced(dash + 1);
    for (const QStringView tag : tags.tokenize(u'.')) {
        if (!x86.matchView(tag).hasMatch())
            return {};
    }
    return tags.toString();
}

void x86WheelsInFile(const RuleContext &ctx, const QString &path, const PythonTarget &target, QSet<QString> &seen,
                     QList<X86WheelReference> &out)
{
    if (seen.contains(path) || seen.size() > 64)
        return;
    seen.insert(path);
    const RequirementsFile *file = ctx.project.requirements(path);
    if (!file)
        return;
    const QString &text = file->document.text();
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        // A comment starts at '#' at the line start or after whitespace.
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i) == u'#' && (i == 0 || line.at(i - 1).isSpace())) {
                line.truncate(i);
                break;
            }
        }
        QStringView spec = line;
        if (const qsizetype semi = line.indexOf(u';'); semi >= 0) {
            const QString marker = line.sliced(semi + 1).toString();
            if (markerExcludesArm64(marker) || markerFalseForPython(marker, target))
                spec = {};
            else
                spec = line.first(semi);
        }
        if (!spec.trimmed().startsWith(u'-') && spec.contains(u".whl")) {
            for (auto it = wheelName().globalMatchView(spec); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString tag = x86OnlyPlatformTag(m.capturedView());
                if (tag.isEmpty())
                    continue;
                X86WheelReference w;
                w.file = file->path;
                w.inDockerfile = false;
                w.wheel = m.captured();
                w.platformTag = tag;
                w.range = file->document.rangeOf(int(lineStart + m.capturedStart()), int(lineStart + m.capturedEnd()));
                out.append(w);
            }
        }
        lineStart = lineEnd + 1;
    }
    for (const QString &include : file->includes)
        x86WheelsInFile(ctx, include, target, seen, out);
}

} // namespace

const WrittenClause *PythonRequirement::blockingClause(const QString &goodVersion) const
{
    for (const WrittenClause &c : clauses) {
        if (!VersionClause{c.op, c.version}.allowsVersionAtLeast(goodVersion))
            return &c;
    }
    return nullptr;
}

QList<PythonRequirement> PythonRequirementCollector::collect(const RuleContext &ctx)
{
    // Six rules ask for the same list: gather it once per check.
    static const char key = 0;
    auto &cached = ctx.derived.slot<std::optional<QList<PythonRequirement>>>(&key);
    if (!cached)
        cached = gather(ctx);
    return *cached;
}

namespace {

// The Python of each stage, for environment markers: parsed once per stage.
class StageTargets
{
public:
    explicit StageTargets(const Dockerfile &df)
        : m_df(df)
    {
    }

    const PythonTarget &of(int stage)
    {
        auto it = m_targets.constFind(stage);
        if (it == m_targets.cend())
            it = m_targets.insert(stage, PythonTarget::fromImage(m_df.expandGlobal(baseImageOf(m_df, stage))));
        return *it;
    }

private:
    const Dockerfile &m_df;
    QHash<int, PythonTarget> m_targets;
};

// Calls visit(source index, command index, command, pip) for every pip install of the
// Dockerfile outside an architecture branch that installs for this platform.
template<typename Visit>
void forEachPipInstall(const RuleContext &ctx, Visit visit)
{
    for (int s = 0; s < ctx.shell.size(); ++s) {
        const ShellSource &src = ctx.shell.at(s);
        for (int ci = 0; ci < src.commands.size(); ++ci) {
            const ShellCommand &cmd = src.commands.at(ci);
            if (cmd.archConditional)
                continue;
            const int first = pipInstallArguments(cmd);
            if (first < 0)
                continue;
            const PipCommand pip = readPipCommand(cmd, first);
            if (!pip.otherPlatform)
                visit(s, ci, cmd, pip);
        }
    }
}

} // namespace

QList<PythonRequirement> PythonRequirementCollector::gather(const RuleContext &ctx)
{
    QList<PythonRequirement> out;
    const Dockerfile &df = ctx.dockerfile;
    StageTargets targets(df);
    forEachPipInstall(ctx, [&](int s, int ci, const ShellCommand &cmd, const PipCommand &pip) {
        if (pip.noIndex)
            return; // installs from a wheelhouse: the stage that runs `pip wheel` is checked
        const ShellSource &src = ctx.shell.at(s);
        PythonRequirement base;
        base.file = ctx.file;
        base.instruction = src.instruction;
        base.stage = df.instructions().at(src.instruction).stage;
        base.source = s;
        base.command = ci;
        int count = 0;
        for (int wi : pip.requirementWords) {
            const ShellWord &w = cmd.words.at(wi);
            if (w.value.contains(u'$'))
                continue;
            Requirement req;
            RequirementSpans sp;
            if (!parseRequirementSpans(w.value, &req, &sp) || markerExcludesArm64(req.marker)
                || markerFalseForPython(req.marker, targets.of(base.stage)))
                continue;
            ++count;
            PythonRequirement r = base;
            r.requirement = std::move(req);
            r.word = wi;
            // One map for the name, the specifier and every clause of the word.
            const WordMap map(src.text.text(), w);
            auto partRange = [&](int start, int end) {
                return map.isValid() ? rangeIn(df, src.text, map.textIndex(start), map.textEnd(end))
                                     : rangeOf(df, src, w);
            };
            r.nameRange = partRange(sp.nameStart, sp.nameEnd);
            if (sp.specifierStart >= 0)
                r.specifierRange = partRange(sp.specifierStart, sp.specifierEnd);
            r.clauses.reserve(sp.clauses.size());
            for (const ClauseSpan &c : std::as_const(sp.clauses))
                r.clauses.append({c.op, c.version, partRange(c.opStart, c.versionEnd),
                                  partRange(c.versionStart, c.versionEnd)});
            r.noBinary = pip.noBinaryAll || pip.noBinary.contains(r.requirement.normalizedName);
            out.append(std::move(r));
        }
        for (qsizetype k = out.size() - count; k < out.size(); ++k)
            out[k].requirementsInCommand = count;
        for (const QString &reqFile : pip.requirementFiles) {
            const QString path = contextPathOf(ctx, src, ci, reqFile);
            if (path.isEmpty())
                continue;
            PythonRequirement fileBase = base;
            fileBase.noBinary = pip.noBinaryAll;
            QSet<QString> seen;
            const qsizetype before = out.size();
            collectFile(ctx, path, fileBase, targets.of(base.stage), seen, out);
            for (qsizetype k = before; k < out.size(); ++k) {
                if (pip.noBinary.contains(out.at(k).requirement.normalizedName))
                    out[k].noBinary = true;
            }
        }
    });
    return out;
}

QList<X86WheelReference> PythonRequirementCollector::collectX86Wheels(const RuleContext &ctx)
{
    QList<X86WheelReference> out;
    const Dockerfile &df = ctx.dockerfile;
    StageTargets targets(df);
    forEachPipInstall(ctx, [&](int s, int ci, const ShellCommand &cmd, const PipCommand &pip) {
        const ShellSource &src = ctx.shell.at(s);
        const int stage = df.instructions().at(src.instruction).stage;
        for (int wi : pip.requirementWords) {
            const ShellWord &w = cmd.words.at(wi);
            if (!w.value.contains(u".whl"))
                continue;
            QStringView spec = w.value;
            if (const qsizetype semi = spec.indexOf(u';'); semi >= 0) {
                const QString marker = spec.sliced(semi + 1).toString();
                if (markerExcludesArm64(marker) || markerFalseForPython(marker, targets.of(stage)))
                    continue;
                spec = spec.first(semi);
            }
            for (auto it = wheelName().globalMatchView(spec); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString tag = x86OnlyPlatformTag(m.capturedView());
                if (tag.isEmpty())
                    continue;
                X86WheelReference ref;
                ref.file = ctx.file;
                ref.wheel = m.captured();
                ref.platformTag = tag;
                const WordMap map(src.text.text(), w);
                ref.range = map.isValid() ? rangeIn(df, src.text, map.textIndex(int(m.capturedStart())),
                                                    map.textEnd(int(m.capturedEnd())))
                                          : rangeOf(df, src, w);
                out.append(ref);
            }
        }
        for (const QString &reqFile : pip.requirementFiles) {
            const QString path = contextPathOf(ctx, src, ci, reqFile);
            if (path.isEmpty())
                continue;
            QSet<QString> seen;
            x86WheelsInFile(ctx, path, targets.of(stage), seen, out);
        }
    });
    return out;
}

} // namespace Armlift
