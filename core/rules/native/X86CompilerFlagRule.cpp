#include "rules/native/X86CompilerFlagRule.h"

#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

struct Token
{
    int start = 0;
    int end = 0;
};

QList<Token> tokensOf(const QString &value, int from)
{
    QList<Token> out;
    int i = from;
    while (i < value.size()) {
        while (i < value.size() && value.at(i).isSpace())
            ++i;
        const int start = i;
        while (i < value.size() && !value.at(i).isSpace())
            ++i;
        if (i > start)
            out.append({start, i});
    }
    return out;
}

// value[start, end) widened by one adjacent blank, so removing a flag leaves no double space.
Token removalSpan(const QString &value, Token t)
{
    if (t.start > 0 && value.at(t.start - 1).isSpace())
        return {t.start - 1, t.end};
    if (t.end < value.size() && value.at(t.end).isSpace())
        return {t.start, t.end + 1};
    return t;
}

// Keys whose value is a list of compiler flags: CFLAGS=…, -DCMAKE_CXX_FLAGS=…, --extra-cflags=…,
// Bazel's --copt=…, meson's -Dc_args=….
// Plain comparisons rather than a regex: every word with a '=' of every RUN is asked.
bool isFlagsKey(QStringView key)
{
    if (key.startsWith(u"-D"))
        key = key.sliced(2);
    while (key.startsWith(u'-'))
        key = key.sliced(1);
    if (const qsizetype colon = key.indexOf(u':'); colon >= 0)
        key.truncate(colon);
    return key.contains(u"FLAGS", Qt::CaseInsensitive) || key.endsWith(u"_args", Qt::CaseInsensitive)
        || key.compare(u"copt", Qt::CaseInsensitive) == 0 || key.compare(u"cxxopt", Qt::CaseInsensitive) == 0
        || key.compare(u"host_copt", Qt::CaseInsensitive) == 0;
}

} // namespace

X86CompilerFlagRule::X86CompilerFlagRule(const KnowledgeBase &kb)
{
    const QJsonObject native = kb.section(QStringLiteral("native"));
    const QJsonObject flags = native.value(u"x86Flags").toObject();
    QStringList alternatives;
    for (const QJsonValue &p : flags.value(u"patterns").toArray()) {
        alternatives.append(u"(?:"_s + p.toString() + u')');
        m_patternsNeedDashM = m_patternsNeedDashM && p.toString().startsWith(u"^-m");
    }
    if (!alternatives.isEmpty())
        m_flags = QRegularExpression(alternatives.join(u'|'));
    m_cpus = QRegularExpression(native.value(u"x86Cpus").toObject().value(u"pattern").toString());
    const QJsonObject replacement = native.value(u"armReplacement").toObject();
    m_marchReplacement = replacement.value(u"march").toString();
    m_mtuneReplacement = replacement.value(u"mtune").toString();
    m_note = replacement.value(u"note").toString();
    m_source = flags.value(u"source").toString();
}

RuleInfo X86CompilerFlagRule::info() const
{
    return {QStringLiteral("ARM501"), Severity::Error, tr("x86-only compiler flag"),
            tr("An x86-only compiler flag (-msse4.2, -mavx2, -march=haswell …) makes GCC and Clang for aarch64 fail.")};
}

bool X86CompilerFlagRule::isX86Flag(const QString &token, bool *cpuFlag) const
{
    if (cpuFlag)
        *cpuFlag = false;
    if (token.startsWith(u"-march=") || token.startsWith(u"-mtune=")) {
        const QString cpu = token.mid(7);
        const bool x86 = !m_cpus.pattern().isEmpty() && m_cpus.match(cpu).hasMatch();
        if (cpuFlag)
            *cpuFlag = x86;
        return x86;
    }
    // Every pattern of the table starts with ^-m: most tokens are ruled out without a regex.
    if (m_patternsNeedDashM && !token.startsWith(u"-m"))
        return false;
    return m_flags.match(token).hasMatch();
}

void X86CompilerFlagRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    if (m_flags.pattern().isEmpty())
        return;
    const RuleInfo ri = info();
    const Dockerfile &df = ctx.dockerfile;
    static const QRegularExpression compiler(
        QStringLiteral("^([a-z0-9_]+-linux-gnu[a-z]*-)?(gcc|g\\+\\+|cc|c\\+\\+|clang|clang\\+\\+|cpp)(-[0-9.]+)?$"));
    static const QRegularExpression x86Cross(QStringLiteral("^(x86_64|i[3-6]86)-"));

    // The help is the same for every finding of this rule: translated and formatted once.
    QString help;
    auto finding = [&](const QString &flag, const SourceRange &range, bool cpu) {
        if (help.isEmpty())
            help = tr("x86 -m options do not exist on aarch64, so the compiler stops with \"unrecognized "
                      "command-line option\" or \"unknown value for -march\". Remove the flag, or set it only "
                      "when building for x86_64. %1 Source: %2")
                       .arg(m_note, m_source);
        return makeFinding(ri, ctx.file, range,
                           cpu ? tr("%1 names an x86 CPU: GCC and Clang for aarch64 reject it").arg(flag)
                               : tr("%1 is an x86-only compiler flag: GCC and Clang for aarch64 reject it").arg(flag),
                           help);
    };
    // The same few flags recur in every stage: each distinct word is classified once per check.
    struct Verdict { bool x86 = false; bool cpu = false; };
    QHash<QString, Verdict> verdicts;
    auto classify = [&](const QString &token, bool *cpu) {
        *cpu = false;
        if (m_patternsNeedDashM && !token.startsWith(u"-m"))
            return false; // the cheap test first (-O2, -g, paths…)
        auto it = verdicts.constFind(token);
        if (it == verdicts.cend()) {
            Verdict v;
            v.x86 = isX86Flag(token, &v.cpu);
            it = verdicts.insert(token, v);
        }
        *cpu = it->cpu;
        return it->x86;
    };
    auto removeFix = [&](const QString &flag, const TextEdit &edit) {
        Fix fix;
        fix.title = tr("Remove %1").arg(flag);
        fix.edits = {edit};
        return fix;
    };
    // -march=haswell -> chosen at build time, so the same Dockerfile still builds for x86_64.
    auto conditionalFix = [&](const QString &flag, const TextEdit &at) {
        const QString arm = flag.startsWith(u"-mtune=") ? m_mtuneReplacement : m_marchReplacement;
        Fix fix;
        fix.title = tr("Use %1 on x86_64 and %2 on arm64").arg(flag, arm);
        TextEdit e = at;
        e.newText = QStringLiteral("$(if [ \"$(uname -m)\" = x86_64 ]; then echo %1; else echo %2; fi)").arg(flag, arm);
        fix.edits = {e};
        fix.note = m_note;
        return fix;
    };

    for (const ShellSource &src : ctx.shell) {
        for (const ShellCommand &cmd : src.commands) {
            if (cmd.archConditional)
                continue;
            const int n = cmd.nameIndex();
            const QStringView name = cmd.nameView();
            if ((name.startsWith(u'x') || name.startsWith(u'i')) && x86Cross.matchView(name).hasMatch())
                continue; // a cross compiler for x86 takes x86 flags on purpose
            // Asked only when an argument is an x86 flag; every compiler name contains one of
            // these words, so the regex runs for candidates only.
            int compilerKnown = -1;
            auto isCompiler = [&] {
                if (compilerKnown < 0)
                    compilerKnown = (name.contains(u"cc") || name.contains(u"++") || name.contains(u"clang")
                                     || name.contains(u"cpp"))
                        && compiler.matchView(name).hasMatch();
                return compilerKnown == 1;
            };
            for (int i = 0; i < cmd.words.size(); ++i) {
                const ShellWord &w = cmd.words.at(i);
                bool cpu = false;
                if (i > n && classify(w.value, &cpu) && isCompiler()) {
                    const SourceRange range = rangeOf(df, src, w);
                    Finding f = finding(w.value, range, cpu);
                    const int from = i > 0 ? cmd.words.at(i - 1).end : w.start;
                    f.fixes.append(removeFix(w.value, replaceIn(df, ctx.file, src.text, from, w.end, QString())));
                    const WordMap map(src.text.text(), w);
                    if (cpu && map.isValid() && !map.singleQuotedAt(0))
                        f.fixes.append(conditionalFix(w.value, replaceIn(df, ctx.file, src.text, w.start, w.end, {})));
                    out.append(std::move(f));
                    continue;
                }
                const int eq = int(w.value.indexOf(u'='));
                if (eq <= 0 || !isFlagsKey(QStringView(w.value).left(eq)))
                    continue;
                const WordMap map(src.text.text(), w);
                for (const Token &t : tokensOf(w.value, eq + 1)) {
                    const QString flag = w.value.mid(t.start, t.end - t.start);
                    if (!classify(flag, &cpu))
                        continue;
                    Finding f = finding(flag, wordPartRange(df, src, w, t.start, t.end), cpu);
                    const Token del = removalSpan(w.value, t);
                    f.fixes.append(removeFix(flag, wordPartEdit(df, ctx.file, src, w, del.start, del.end, QString())));
                    if (cpu && map.isValid() && !map.singleQuotedAt(t.start))
                        f.fixes.append(conditionalFix(flag, wordPartEdit(df, ctx.file, src, w, t.start, t.end, {})));
                    out.append(std::move(f));
                }
            }
        }
    }

    // ENV CFLAGS="-O2 -mavx2", ENV CFLAGS -O2 -mavx2, ARG SIMD_FLAGS=-msse4.2
    const auto &ins = df.instructions();
    for (int i = 0; i < ins.size(); ++i) {
        const QString &kw = ins.at(i).effectiveKeyword();
        if (kw != u"ENV"_s && kw != u"ARG"_s)
            continue;
        for (const KeyValue &kv : ins.at(i).pairs) {
            if (!kv.hasValue)
                continue;
            const QString &value = kv.value.text();
            for (const Token &t : tokensOf(value, 0)) {
                const QString flag = value.mid(t.start, t.end - t.start);
                bool cpu = false;
                if (!classify(flag, &cpu))
                    continue;
                Finding f = finding(flag, rangeIn(df, kv.value, t.start, t.end), cpu);
                const Token del = removalSpan(value, t);
                f.fixes.append(removeFix(flag, replaceIn(df, ctx.file, kv.value, del.start, del.end, QString())));
                out.append(std::move(f));
            }
        }
    }
}

} // namespace Armlift
