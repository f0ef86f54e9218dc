#include "rules/golang/GoAmd64BuildRule.h"

#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

bool isGoBuildCommand(const ShellCommand &cmd)
{
    static const QSet<QString> subcommands = {QStringLiteral("build"), QStringLiteral("test"), QStringLiteral("install"),
                                              QStringLiteral("vet"),   QStringLiteral("run"),  QStringLiteral("generate"),
                                              QStringLiteral("list"),  QStringLiteral("get")};
    const int n = cmd.nameIndex();
    return n >= 0 && cmd.nameView() == u"go"_s && n + 1 < cmd.words.size() && subcommands.contains(cmd.words.at(n + 1).value);
}

// Stages that deliberately build for several architectures (GOARCH=arm64 next to amd64).
QSet<int> multiArchStages(const RuleContext &ctx)
{
    static const QRegularExpression otherArch(QStringLiteral("GOARCH[= ]+[\"']?(arm64|arm|386|ppc64le|s390x|riscv64)\\b"));
    QSet<int> stages;
    for (const Instruction &in : ctx.dockerfile.instructions()) {
        // The literal first, on each piece as written: most instructions never mention GOARCH.
        bool mentions = in.args.text().contains(u"GOARCH");
        for (const Heredoc &h : in.heredocs)
            mentions = mentions || h.body.text().contains(u"GOARCH");
        for (const MappedText &a : in.jsonArgs)
            mentions = mentions || a.text().contains(u"GOARCH");
        if (!mentions)
            continue;
        QString text = in.args.text();
        for (const Heredoc &h : in.heredocs)
            text += u'\n' + h.body.text();
        for (const MappedText &a : in.jsonArgs)
            text += u' ' + a.text();
        if (otherArch.match(text).hasMatch())
            stages.insert(in.stage);
    }
    return stages;
}

} // namespace

RuleInfo GoAmd64BuildRule::info() const
{
    return {QStringLiteral("ARM401"), Severity::Error, tr("Go build pinned to amd64"),
            tr("`go build/test -tags amd64` compiles amd64 assembly, and a hard-coded GOARCH=amd64 builds x86 binaries.")};
}

void GoAmd64BuildRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const RuleInfo ri = info();
    const Dockerfile &df = ctx.dockerfile;
    // Only asked about stages that hard-code GOARCH=amd64: most files have none.
    std::optional<QSet<int>> multiArchSet;
    auto multiArch = [&](int stage) {
        if (!multiArchSet)
            multiArchSet = multiArchStages(ctx);
        return multiArchSet->contains(stage);
    };
    const QString goarchHelp =
        tr("BuildKit sets TARGETARCH to the architecture being built (amd64, arm64); a stage sees it after `ARG "
           "TARGETARCH`. A fixed GOARCH=amd64 produces x86-64 binaries that fail with \"exec format error\" on arm64.");

    auto goarchFinding = [&](const SourceRange &range, int instruction, const TextEdit &valueEdit, bool editable) {
        Finding f = makeFinding(ri, ctx.file, range,
                                tr("GOARCH=amd64 is hard-coded: the Go binaries are built for x86-64 on every platform"),
                                goarchHelp);
        if (editable) {
            Fix fix;
            fix.title = tr("Build for the target architecture: GOARCH=${TARGETARCH}");
            fix.edits = {valueEdit};
            TextEdit arg;
            if (declareArgEdit(df, ctx.file, instruction, QStringLiteral("TARGETARCH"), &arg))
                fix.edits.append(arg);
            f.fixes.append(fix);
        }
        return f;
    };

    // GOFLAGS="-mod=vendor -tags=amd64": the go command takes default flags from GOFLAGS
    // (space-separated -flag=value entries), so the tag applies to every go build and go test.
    // Returns the [start, end) spans of the amd64 tags in `value` and whether purego is there too.
    auto goflagsAmd64Tags = [](const QString &value, bool *hasPurego) {
        QList<QPair<int, int>> found;
        *hasPurego = false;
        for (int k = 0; k < value.size();) {
            while (k < value.size() && value.at(k).isSpace())
                ++k;
            int e = k;
            while (e < value.size() && !value.at(e).isSpace())
                ++e;
            const QStringView flag = QStringView(value).sliced(k, e - k);
            int from = -1;
            if (flag.startsWith(u"-tags="))
                from = k + 6;
            else if (flag.startsWith(u"--tags="))
                from = k + 7;
            for (int t = from; from >= 0 && t <= e;) {
                int te = t;
                while (te < e && value.at(te) != u',')
                    ++te;
                const QStringView tag = QStringView(value).sliced(t, te - t);
                if (tag == u"amd64")
                    found.append({t, te});
                *hasPurego = *hasPurego || tag == u"purego";
                t = te + 1;
            }
            k = e;
        }
        return found;
    };
    const QString goflagsMessage = tr("GOFLAGS sets -tags amd64 for every go command, which then compiles the amd64 "
                                      "assembly files (*_amd64.s) that fail on arm64");
    const QString goflagsHelp = tr("GOFLAGS holds default flags of the go command, so its -tags=amd64 acts like "
                                   "`go build -tags amd64`: on arm64 the assembler stops with \"unrecognized "
                                   "instruction\". Libraries with assembly provide a pure-Go fallback behind the "
                                   "purego tag. Source: talk case 5; https://pkg.go.dev/cmd/go#hdr-Environment_variables "
                                   "(GOFLAGS).");

    for (const ShellSource &src : ctx.shell) {
        const int stage = df.instructions().at(src.instruction).stage;
        for (const ShellCommand &cmd : src.commands) {
            if (cmd.archConditional)
                continue;
            for (int i = 0; i < cmd.words.size(); ++i) {
                const ShellWord &w = cmd.words.at(i);
                if (w.value.startsWith(u"GOFLAGS="_s) && w.value.contains(u"amd64"_s)) {
                    bool purego = false;
                    const QString value = w.value.mid(8);
                    for (const auto &t : goflagsAmd64Tags(value, &purego)) {
                        Finding f = makeFinding(ri, ctx.file, wordPartRange(df, src, w, 8 + t.first, 8 + t.second),
                                                goflagsMessage, goflagsHelp);
                        const WordMap map(src.text.text(), w);
                        if (!purego && map.isValid()) {
                            Fix fix;
                            fix.title = tr("Use the pure-Go code: -tags purego");
                            fix.edits = {wordPartEdit(df, ctx.file, src, w, 8 + t.first, 8 + t.second,
                                                      QStringLiteral("purego"))};
                            f.fixes.append(fix);
                        }
                        out.append(f);
                    }
                    continue;
                }
                if (w.value != u"GOARCH=amd64"_s || multiArch(stage))
                    continue;
                const WordMap map(src.text.text(), w);
                const bool editable = map.isValid() && !map.singleQuotedAt(7);
                out.append(goarchFinding(wordPartRange(df, src, w, 7, 12), src.instruction,
                                         wordPartEdit(df, ctx.file, src, w, 7, 12, QStringLiteral("${TARGETARCH}")),
                                         editable));
            }
            if (!isGoBuildCommand(cmd))
                continue;
            for (int i = cmd.nameIndex() + 2; i < cmd.words.size(); ++i) {
                const ShellWord &w = cmd.words.at(i);
                const ShellWord *tagsWord = nullptr;
                int from = 0;
                if (w.value == u"-tags"_s || w.value == u"--tags"_s) {
                    if (i + 1 >= cmd.words.size())
                        break;
                    tagsWord = &cmd.words.at(++i);
                } else if (w.value.startsWith(u"-tags=") || w.value.startsWith(u"--tags=")) {
                    tagsWord = &w;
                    from = int(w.value.indexOf(u'=')) + 1;
                } else {
                    continue;
                }
                const QString &v = tagsWord->value;
                // Tags are comma-separated (space-separated in Go < 1.13).
                QList<QPair<int, int>> tags;
                for (int k = from; k <= v.size();) {
                    int e = k;
                    while (e < v.size() && v.at(e) != u',' && v.at(e) != u' ')
                        ++e;
                    if (e > k)
                        tags.append({k, e});
                    k = e + 1;
                }
                bool hasPurego = false;
                for (const auto &t : tags)
                    hasPurego = hasPurego || v.mid(t.first, t.second - t.first) == u"purego"_s;
                for (const auto &t : tags) {
                    if (v.mid(t.first, t.second - t.first) != u"amd64"_s)
                        continue;
                    Finding f = makeFinding(
                        ri, ctx.file, wordPartRange(df, src, *tagsWord, t.first, t.second),
                        tr("-tags amd64 makes Go compile the amd64 assembly files (*_amd64.s), which fail on arm64"),
                        tr("With the amd64 tag the toolchain includes files for amd64 on every architecture, so on arm64 "
                           "the assembler stops with \"unrecognized instruction\" (BTQ, SETCS, BYTE). Libraries that "
                           "ship assembly provide a pure-Go fallback behind the purego tag (//go:build purego || !amd64). "
                           "Source: talk case 5."));
                    Fix fix;
                    if (hasPurego) {
                        // purego is already there: drop amd64 and one separator next to it.
                        const int s = t.first > from ? t.first - 1 : t.first;
                        const int e = t.first > from ? t.second : qMin(int(v.size()), t.second + 1);
                        fix.title = tr("Remove the amd64 tag");
                        fix.edits = {wordPartEdit(df, ctx.file, src, *tagsWord, s, e, QString())};
                    } else {
                        fix.title = tr("Use the pure-Go code: -tags purego");
                        fix.edits = {wordPartEdit(df, ctx.file, src, *tagsWord, t.first, t.second, QStringLiteral("purego"))};
                    }
                    f.fixes.append(fix);
                    out.append(f);
                }
            }
        }
    }

    // ENV GOARCH=amd64 / ENV GOARCH amd64
    const auto &ins = df.instructions();
    for (int i = 0; i < ins.size(); ++i) {
        if (ins.at(i).effectiveKeyword() != u"ENV"_s)
            continue;
        for (const KeyValue &kv : ins.at(i).pairs) {
            if (kv.key == u"GOFLAGS"_s) {
                bool purego = false;
                for (const auto &t : goflagsAmd64Tags(kv.value.text(), &purego)) {
                    Finding f = makeFinding(ri, ctx.file, rangeIn(df, kv.value, t.first, t.second), goflagsMessage,
                                            goflagsHelp);
                    if (!purego) {
                        Fix fix;
                        fix.title = tr("Use the pure-Go code: -tags purego");
                        fix.edits = {replaceIn(df, ctx.file, kv.value, t.first, t.second, QStringLiteral("purego"))};
                        f.fixes.append(fix);
                    }
                    out.append(f);
                }
                continue;
            }
            if (kv.key != u"GOARCH"_s || kv.value.text() != u"amd64"_s || multiArch(ins.at(i).stage))
                continue;
            out.append(goarchFinding(rangeIn(df, kv.value, 0, kv.value.size()), i,
                                     replaceIn(df, ctx.file, kv.value, 0, kv.value.size(), QStringLiteral("${TARGETARCH}")),
                                     true));
        }
    }
}

} // namespace Armlift
