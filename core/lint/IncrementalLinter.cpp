#include "lint/IncrementalLinter.h"

#include "lint/LintPass.h"
#include "rules/RuleRegistry.h"
#include "scan/ProjectFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// Rules checked to find, about a stage, only what that stage, its FROM chain and the file's
// instruction-level facts decide (see the class comment). A rule missing here is simply run on
// the whole file each time: slower, never wrong.
const QSet<QString> &stageLocalIds()
{
    static const QSet<QString> ids = {
        QStringLiteral("ARM103"), QStringLiteral("ARM201"), QStringLiteral("ARM202"), QStringLiteral("ARM203"), QStringLiteral("ARM301"),
        QStringLiteral("ARM302"), QStringLiteral("ARM303"), QStringLiteral("ARM304"), QStringLiteral("ARM305"),
        QStringLiteral("ARM401"), QStringLiteral("ARM501"), QStringLiteral("ARM601"),
    };
    return ids;
}

bool sameConfig(const ProjectConfig &a, const ProjectConfig &b)
{
    return a.m_disabled == b.m_disabled && a.m_severity == b.m_severity && a.m_ignoreGlobs == b.m_ignoreGlobs
        && a.m_targetCpus == b.m_targetCpus;
}

// The stage itself and the stages it is built FROM, nearest first.
QList<int> fromChain(const Dockerfile &df, int stage)
{
    QList<int> chain;
    while (stage >= 0 && stage < df.stages().size() && !chain.contains(stage)) {
        chain.append(stage);
        const int parent = df.stages().at(stage).baseStage;
        stage = parent < stage ? parent : -1;
    }
    if (chain.isEmpty())
        chain.append(-1); // instructions before the first FROM
    return chain;
}

// The stage of the instruction that contains the finding's start; -1 outside every instruction.
int ownerStage(const Dockerfile &df, const Finding &f)
{
    const int offset = df.document().offsetOf(f.range.line, f.range.column);
    const auto &ins = df.instructions();
    auto after = std::upper_bound(ins.cbegin(), ins.cend(), offset,
                                  [](int o, const Instruction &in) { return o < in.start; });
    if (after == ins.cbegin() || offset > std::prev(after)->end)
        return -1;
    return std::prev(after)->stage;
}

bool isCommentLine(const TextDocument &doc, int offset)
{
    const QStringView line = doc.line(doc.lineOf(offset));
    for (const QChar c : line) {
        if (!c.isSpace())
            return c == u'#';
    }
    return false;
}

bool sameFlags(const Instruction &a, const Instruction &b)
{
    if (a.flags.size() != b.flags.size())
        return false;
    for (qsizetype i = 0; i < a.flags.size(); ++i)
        if (a.flags.at(i).name != b.flags.at(i).name || a.flags.at(i).value != b.flags.at(i).value)
            return false;
    return true;
}

} // namespace

IncrementalLinter::IncrementalLinter(const RuleRegistry &rules)
    : m_rules(rules)
{
    for (const auto &rule : rules.rules()) {
        if (isStageLocal(rules.id(rule.get()))) {
            m_localRules.append(rule.get());
        } else {
            m_otherRules.append(rule.get());
            m_otherIncremental.append(dynamic_cast<const IncrementalRule *>(rule.get()));
        }
    }
    m_memos.resize(size_t(m_otherRules.size()));
}

IncrementalLinter::IncrementalLinter()
    : IncrementalLinter(RuleRegistry::bundled())
{
}

IncrementalLinter::~IncrementalLinter() = default;

bool IncrementalLinter::isStageLocal(const QString &ruleId)
{
    return stageLocalIds().contains(ruleId);
}

void IncrementalLinter::reset()
{
    m_valid = false;
    m_df.reset();
    m_shell.clear();
    m_stages.clear();
    m_others = {};
    m_stamps.clear();
    for (auto &memo : m_memos)
        memo.reset();
}

ScanResult IncrementalLinter::lint(const QString &root, const QString &relativePath, const QString &text,
                                   const ProjectConfig &config)
{
    const QString rel = ProjectFiles::normalize(relativePath);
    m_lastIncremental = false;
    m_lastStagesChecked = 0;
    const bool sameTarget = m_valid && root == m_root && rel == m_rel && sameConfig(config, m_config);
    if (sameTarget && text == m_text && usedFilesUnchanged())
        return assemble();
    if (!sameTarget || !usedFilesUnchanged() || !tryIncremental(text)) {
        m_root = root;
        m_rel = rel;
        m_config = config;
        lintAll(text);
    }
    return assemble();
}

void IncrementalLinter::lintAll(const QString &text)
{
    m_text = text;
    m_df = std::make_shared<Dockerfile>(Dockerfile::parse(m_rel, text));
    m_shell = collectShellSources(*m_df);
    m_stages.clear();
    m_stages.insert(-1, checkStage(-1));
    for (int s = 0; s < m_df->stages().size(); ++s)
        m_stages.insert(s, checkStage(s));
    m_lastStagesChecked = int(m_df->stages().size()) + 1;
    m_others = checkOthers(nullptr);
    restamp();
    m_valid = true;
}

void IncrementalLinter::restamp()
{
    m_stamps.clear();
    QSet<QString> seen;
    auto stamp = [&](const Pass &p) {
        for (const auto &[path, kind] : p.usedFiles) {
            if (seen.contains(path))
                continue;
            seen.insert(path);
            const QFileInfo info(QDir(m_root).filePath(path));
            m_stamps.append({path, info.lastModified(), info.exists() ? info.size() : -1});
        }
    };
    for (const Pass &p : std::as_const(m_stages))
        stamp(p);
    stamp(m_others);
}

bool IncrementalLinter::usedFilesUnchanged() const
{
    for (const FileStamp &s : m_stamps) {
        const QFileInfo info(QDir(m_root).filePath(s.path));
        if (info.lastModified() != s.modified || (info.exists() ? info.size() : -1) != s.size)
            return false;
    }
    return true;
}

bool IncrementalLinter::tryIncremental(const QString &text)
{
    // The edit: what lies between the common prefix and the common suffix.
    const QString &old = m_text;
    const qsizetype shorter = qMin(old.size(), text.size());
    qsizetype prefix = 0;
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    const QStringView removed = QStringView(old).mid(prefix, old.size() - suffix - prefix);
    const QStringView inserted = QStringView(text).mid(prefix, text.size() - suffix - prefix);
    // Every line keeps its number and every other instruction its columns only without line breaks.
    auto hasBreak = [](QStringView v) { return v.contains(u'\n') || v.contains(u'\r'); };
    if (hasBreak(removed) || hasBreak(inserted) || prefix == 0)
        return false;

    auto parsed = std::make_shared<Dockerfile>(Dockerfile::parse(m_rel, text));
    const Dockerfile &was = *m_df;
    const Dockerfile &now = *parsed;
    if (was.instructions().size() != now.instructions().size() || was.stages().size() != now.stages().size()
        || was.problems().size() != now.problems().size())
        return false;
    // The edited instruction: a RUN holding the whole edit, before and after.
    int edited = -1;
    for (int i = 0; i < now.instructions().size(); ++i) {
        const Instruction &a = was.instructions().at(i);
        const Instruction &b = now.instructions().at(i);
        if (a.keyword != b.keyword || a.trigger != b.trigger || a.stage != b.stage || !sameFlags(a, b)
            || was.document().lineOf(a.start) != now.document().lineOf(b.start)
            || was.document().lineOf(a.end) != now.document().lineOf(b.end))
            return false;
        const bool holdsOld = a.start <= prefix && prefix + removed.size() <= a.end;
        const bool holdsNew = b.start <= prefix && prefix + inserted.size() <= b.end;
        if (holdsOld != holdsNew)
            return false;
        if (holdsNew)
            edited = i;
    }
    if (edited < 0)
        return false;
    const Instruction &in = now.instructions().at(edited);
    if (in.effectiveKeyword() != u"RUN"_s || was.instructions().at(edited).effectiveKeyword() != u"RUN"_s
        || prefix < in.keywordEnd || in.stage < 0)
        return false;
    // A comment line (inside a continuation) can carry `# armlift-ignore` for other instructions.
    if (isCommentLine(was.document(), int(prefix)) || isCommentLine(now.document(), int(prefix)))
        return false;
    for (int s = 0; s < now.stages().size(); ++s) {
        const Stage &a = was.stages().at(s);
        const Stage &b = now.stages().at(s);
        if (a.image != b.image || a.name != b.name || a.platform != b.platform || a.fromInstruction != b.fromInstruction
            || a.lastInstruction != b.lastInstruction || a.baseOfLaterStage != b.baseOfLaterStage
            || a.copiedByLaterStage != b.copiedByLaterStage)
            return false;
    }
    for (qsizetype i = 0; i < was.problems().size(); ++i)
        if (was.problems().at(i).line != now.problems().at(i).line
            || was.problems().at(i).message != now.problems().at(i).message)
            return false;

    m_text = text;
    m_df = parsed;
    m_shell = collectShellSources(*m_df, m_shell);
    // The edited stage and every stage built FROM it (they inherit its installs).
    QSet<int> changed;
    for (int s = 0; s < now.stages().size(); ++s) {
        if (fromChain(now, s).contains(in.stage)) {
            m_stages.insert(s, checkStage(s));
            changed.insert(s);
        }
    }
    const int checked = int(changed.size());
    m_others = checkOthers(&changed);
    restamp(); // the edit may read another manifest
    m_lastIncremental = true;
    m_lastStagesChecked = checked;
    return true;
}

IncrementalLinter::Pass IncrementalLinter::checkStage(int stage) const
{
    Pass pass;
    if (m_localRules.isEmpty())
        return pass;
    const QList<int> chain = fromChain(*m_df, stage);
    QList<ShellSource> shell;
    for (const ShellSource &src : m_shell)
        if (chain.contains(m_df->instructions().at(src.instruction).stage))
            shell.append(src);
    ProjectFiles files(m_root);
    for (Finding &f : runRulePass(m_rules, m_localRules, *m_df, shell, m_rel, files, m_config)) {
        // Findings about other stages of this file belong to those stages' own passes.
        if (f.file == m_rel && ownerStage(*m_df, f) != stage)
            continue;
        pass.findings.append(std::move(f));
    }
    pass.usedFiles = files.usedFiles();
    pass.errors = files.errors();
    return pass;
}

IncrementalLinter::Pass IncrementalLinter::checkOthers(const QSet<int> *changedStages)
{
    Pass pass;
    ProjectFiles files(m_root);
    // runRulePass, with the incremental rules given what they kept from the previous lint.
    const RuleContext ctx{*m_df, m_rules.knowledgeBase(), files, m_rel, m_shell};
    QList<Finding> raw;
    for (qsizetype i = 0; i < m_otherRules.size(); ++i) {
        const Rule *rule = m_otherRules.at(i);
        if (!m_config.m_disabled.isEmpty() && m_config.isDisabled(m_rules.id(rule))) {
            m_memos[size_t(i)].reset();
            continue;
        }
        if (const IncrementalRule *incremental = m_otherIncremental.at(i))
            incremental->checkIncremental(ctx, changedStages, m_memos[size_t(i)], raw);
        else
            rule->check(ctx, raw);
    }
    pass.findings = keptFindings(std::move(raw), *m_df, m_rel, files, m_config);
    pass.usedFiles = files.usedFiles();
    pass.errors = files.errors();
    return pass;
}

ScanResult IncrementalLinter::assemble() const
{
    ScanResult result;
    result.root = QDir(m_root).absolutePath();
    addParseProblems(*m_df, m_rel, result.errors);
    result.files.append({m_rel, QStringLiteral("dockerfile")});
    QSet<QString> files{m_rel};
    QSet<QString> errors;
    auto add = [&](const Pass &p) {
        result.findings += p.findings;
        for (const auto &[path, kind] : p.usedFiles) {
            if (!files.contains(path)) {
                files.insert(path);
                result.files.append({path, kind});
            }
        }
        // A manifest's problem is reported once, however many passes read it.
        for (const ScanError &e : p.errors) {
            const QString key = e.file + u'|' + QString::number(e.line) + u'|' + e.message;
            if (!errors.contains(key)) {
                errors.insert(key);
                result.errors.append(e);
            }
        }
    };
    add(m_others);
    for (const Pass &p : std::as_const(m_stages))
        add(p);
    const ProjectFiles none(m_root); // everything it would add is already in `result`
    finishScanResult(result, none);
    return result;
}

} // namespace Armlift
