#include "rules/RuleContext.h"

#include <QHash>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

bool isShell(const QString &program)
{
    const QString base = program.mid(program.lastIndexOf(u'/') + 1);
    return base == u"sh"_s || base == u"bash"_s || base == u"dash"_s || base == u"ash"_s || base == u"zsh"_s;
}

} // namespace

QList<ShellSource> collectShellSources(const Dockerfile &dockerfile)
{
    return collectShellSources(dockerfile, {});
}

QList<ShellSource> collectShellSources(const Dockerfile &dockerfile, const QList<ShellSource> &previous)
{
    // Split commands by text: those of `previous`, and those split here, because stages often
    // repeat the same RUN text (shared copies, no second split).
    QHash<QString, QList<ShellCommand>> known;
    for (const ShellSource &p : previous)
        if (!p.execForm)
            known.insert(p.text.text(), p.commands);
    QList<ShellSource> sources;
    const auto &ins = dockerfile.instructions();
    for (int i = 0; i < ins.size(); ++i) {
        const Instruction &in = ins.at(i);
        if (in.effectiveKeyword() != u"RUN"_s)
            continue;
        auto add = [&](const MappedText &text) {
            ShellSource src;
            src.instruction = i;
            src.text = text;
            // Word positions index the text, so equal text means equal commands.
            auto k = known.find(text.text());
            if (k == known.end())
                k = known.insert(text.text(), ShellScript::parse(text.text()));
            src.commands = *k;
            sources.append(std::move(src));
        };
        if (in.jsonForm) {
            // ["sh", "-c", "script"] (also bash -lc / -ec …): the script string is shell.
            const auto &a = in.jsonArgs;
            if (a.size() >= 3 && isShell(a.at(0).text()) && a.at(1).text().startsWith(u'-')
                && a.at(1).text().contains(u'c')) {
                add(a.at(2));
            } else if (!a.isEmpty() && !isShell(a.at(0).text())) {
                // ["pip", "install", …]: the program and its arguments, one word per string.
                ShellSource src;
                src.instruction = i;
                src.execForm = true;
                ShellCommand cmd;
                for (const MappedText &arg : a) {
                    if (!src.text.isEmpty())
                        src.text.append(u' ', src.text.docEnd(src.text.size()));
                    ShellWord w;
                    w.start = src.text.size();
                    for (int k = 0; k < arg.size(); ++k)
                        src.text.append(arg.text().at(k), arg.docOffset(k));
                    src.text.setEnd(arg.docOffset(arg.size()));
                    w.end = src.text.size();
                    w.value = arg.text();
                    w.quoted = true;
                    if (w.end > w.start)
                        cmd.words.append(w);
                }
                if (!cmd.words.isEmpty()) {
                    cmd.start = cmd.words.first().start;
                    cmd.end = cmd.words.last().end;
                    cmd.seal();
                    src.commands.append(cmd);
                    sources.append(std::move(src));
                }
            }
            continue;
        }
        if (!in.heredocs.isEmpty()) {
            // `RUN <<EOT` runs the body; `RUN bash <<EOT` / `RUN python3 <<EOT` feeds it to a program.
            const QString head = in.args.text().trimmed();
            const bool bodyIsShell = head.startsWith(u"<<") || isShell(head.section(u' ', 0, 0));
            add(in.args);
            if (bodyIsShell)
                for (const Heredoc &h : in.heredocs)
                    add(h.body);
            continue;
        }
        add(in.args);
    }
    return sources;
}

SourceRange rangeIn(const Dockerfile &dockerfile, const MappedText &text, int start, int end)
{
    const int s = text.docOffset(start);
    const int e = end > start ? text.docEnd(end) : s;
    return dockerfile.range(s, e);
}

TextEdit replaceIn(const Dockerfile &df, const QString &file, const MappedText &text, int start, int end,
                   const QString &newText)
{
    TextEdit e;
    e.file = file;
    e.range = rangeIn(df, text, start, end);
    e.newText = newText;
    return e;
}

TextEdit insertLineAfter(const Dockerfile &df, const QString &file, int instructionIndex, const QString &line)
{
    const Instruction &in = df.instructions().at(instructionIndex);
    const TextDocument &doc = df.document();
    const int lastLine = doc.lineOf(in.end);
    const int firstLine = doc.lineOf(in.start);
    const QString indent = doc.line(firstLine).left(in.start - doc.lineStart(firstLine)).toString();
    TextEdit e;
    e.file = file;
    const int at = doc.lineEnd(lastLine);
    e.range = df.range(at, at);
    e.newText = doc.lineBreak() + indent + line;
    return e;
}

bool declareArgEdit(const Dockerfile &df, const QString &file, int instructionIndex, const QString &name,
                    TextEdit *edit)
{
    const auto &ins = df.instructions();
    if (instructionIndex < 0 || instructionIndex >= ins.size())
        return false;
    const int stage = ins.at(instructionIndex).stage;
    if (stage < 0 || df.isDeclared(name, instructionIndex))
        return false;
    *edit = insertLineAfter(df, file, df.stages().at(stage).fromInstruction, QStringLiteral("ARG ") + name);
    return true;
}

Finding makeFinding(const RuleInfo &info, const QString &file, const SourceRange &range, const QString &message,
                    const QString &help)
{
    Finding f;
    f.ruleId = info.id;
    f.severity = info.severity;
    f.file = file;
    f.range = range;
    f.message = message;
    f.help = help;
    return f;
}

} // namespace Armlift
