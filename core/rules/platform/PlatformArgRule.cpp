#include "rules/platform/PlatformArgRule.h"

#include "rules/RuleContext.h"

#include <QHash>
#include <QRegularExpression>

namespace Armlift {

using namespace Qt::StringLiterals;

RuleInfo PlatformArgRule::info() const
{
    return {QStringLiteral("ARM103"), Severity::Error, tr("platform ARG not declared in the stage"),
            tr("$TARGETARCH or another BuildKit platform argument is used in a stage that does not declare it.")};
}

namespace {

struct Use
{
    int instruction = 0;
    int stage = 0;
    QString name;
    SourceRange range;
    int offset = 0;
};

const QRegularExpression &usePattern()
{
    // $NAME or ${NAME…}, not escaped with a backslash.
    static const QRegularExpression re(QStringLiteral(
        R"((?<!\\)\$(?:\{(TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT|BUILDPLATFORM|BUILDOS|BUILDARCH|BUILDVARIANT)(?=[}:+\-=?#%/])[^}]*\}|(TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT|BUILDPLATFORM|BUILDOS|BUILDARCH|BUILDVARIANT)(?![A-Za-z0-9_])))"));
    return re;
}

// Every use usePattern() finds starts with $TARGET, ${TARGET, $BUILD or ${BUILD: one pass over the
// '$' signs rules out most texts (which use $PATH, $HOME, $(nproc)…) before the regex.
bool mayUsePlatformArg(QStringView text)
{
    for (qsizetype i = text.indexOf(u'$'); i >= 0; i = text.indexOf(u'$', i + 1)) {
        QStringView rest = text.sliced(i + 1);
        if (rest.startsWith(u'{'))
            rest = rest.sliced(1);
        if (rest.startsWith(u"TARGET") || rest.startsWith(u"BUILD"))
            return true;
    }
    return false;
}

// A shell that sets the variable itself (`TARGETARCH=$(…)`, `for TARGETARCH in …`) does not
// depend on the build argument.
bool assignsItself(const QString &shell, const QString &name)
{
    // One compiled pattern per platform argument, made once (the names are the eight above).
    static const QHash<QString, QRegularExpression> patterns = [] {
        QHash<QString, QRegularExpression> out;
        for (const char *arg : {"TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM",
                                "BUILDOS", "BUILDARCH", "BUILDVARIANT"}) {
            const QString n = QString::fromLatin1(arg);
            out.insert(n, QRegularExpression(
                              QStringLiteral(R"((?<![A-Za-z0-9_$])%1=|\bfor\s+%1\s+in\b|\bread\b[^;&|\n]*\b%1\b)").arg(n)));
        }
        return out;
    }();
    const auto it = patterns.constFind(name);
    return it != patterns.cend() && it->match(shell).hasMatch();
}

} // namespace

void PlatformArgRule::check(const RuleContext &context, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    const auto &ins = df.instructions();
    QList<Use> uses;
    auto scan = [&](int index, const MappedText &text, const QString &shellText) {
        if (!mayUsePlatformArg(text.text()))
            return;
        auto it = usePattern().globalMatch(text.text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            if (!shellText.isNull() && assignsItself(shellText, name))
                continue;
            const int s = int(m.capturedStart(0));
            const int e = int(m.capturedEnd(0));
            uses.append({index, ins.at(index).stage, name, rangeIn(df, text, s, e), text.docOffset(s)});
        }
    };
    // Shell: RUN bodies, heredocs (quoted or not: the shell reads the ARG from the environment,
    // which BuildKit only fills for declared ARGs) and exec-form `sh -c` strings.
    for (const ShellSource &src : context.shell) {
        const Instruction &in = ins.at(src.instruction);
        if (in.stage >= 0 && in.keyword != u"ONBUILD"_s)
            scan(src.instruction, src.text, src.text.text());
    }
    // Values BuildKit expands itself.
    const QString &doc = df.document().text();
    for (int i = 0; i < ins.size(); ++i) {
        const Instruction &in = ins.at(i);
        const QString &kw = in.keyword;
        if (in.stage < 0 || kw == u"FROM"_s || kw == u"ONBUILD"_s || kw == u"CMD"_s || kw == u"ENTRYPOINT"_s
            || kw == u"HEALTHCHECK"_s || kw == u"SHELL"_s || kw == u"MAINTAINER"_s)
            continue;
        for (const InstructionFlag &f : in.flags) {
            MappedText flagText;
            flagText.appendRange(doc, f.start, f.end);
            scan(i, flagText, QString());
        }
        if (kw == u"RUN"_s)
            continue;
        if (kw == u"ENV"_s || kw == u"ARG"_s || kw == u"LABEL"_s) {
            for (const KeyValue &kv : in.pairs) {
                const int before = kv.value.docOffset(0) - 1;
                if (kv.hasValue && !(before >= 0 && doc.at(before) == u'\''))
                    scan(i, kv.value, QString());
            }
            continue;
        }
        if (in.jsonForm) {
            for (const MappedText &a : in.jsonArgs)
                scan(i, a, QString());
        } else {
            scan(i, in.args, QString());
        }
        // COPY/ADD <<EOF bodies are expanded by BuildKit unless the delimiter is quoted.
        for (const Heredoc &h : in.heredocs)
            if (!h.quoted)
                scan(i, h.body, QString());
    }
    std::stable_sort(uses.begin(), uses.end(), [](const Use &a, const Use &b) { return a.offset < b.offset; });
    QList<QPair<int, QString>> reported;
    for (const Use &u : uses) {
        const QPair<int, QString> key{u.stage, u.name};
        if (reported.contains(key) || df.isDeclared(u.name, u.instruction))
            continue;
        reported.append(key);
        Finding f = makeFinding(info(), context.file, u.range,
                                tr("$%1 is used in a stage that does not declare `ARG %1`, so it expands to an "
                                   "empty string here.")
                                    .arg(u.name),
                                tr("BuildKit's platform arguments exist only before the first FROM; add `ARG %1` "
                                   "after this stage's FROM line to use it in the stage.")
                                    .arg(u.name));
        TextEdit e;
        if (declareArgEdit(df, context.file, u.instruction, u.name, &e)) {
            Fix fix;
            fix.title = tr("Declare ARG %1 in this stage").arg(u.name);
            fix.edits = {e};
            f.fixes.append(fix);
        }
        out.append(f);
    }
}

} // namespace Armlift
