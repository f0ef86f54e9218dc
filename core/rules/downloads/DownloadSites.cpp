#include "rules/downloads/DownloadSites.h"

#include <algorithm>

namespace Armlift::Internal {

bool TextSite::expandsAt(int pos) const
{
    if (!isShell())
        return !singleQuotedValue;
    // Shell quoting from the word's start: '…' stops expansion, "…" does not.
    bool single = false;
    bool dbl = false;
    const QString &t = text->text();
    for (int i = begin; i < pos && i < end; ++i) {
        const QChar c = t.at(i);
        if (single) {
            if (c == u'\'')
                single = false;
            continue;
        }
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'"')
            dbl = !dbl;
        else if (c == u'\'' && !dbl)
            single = true;
    }
    return !single;
}

bool stagePinnedToConstantPlatform(const Dockerfile &df, int stage)
{
    if (stage < 0 || stage >= df.stages().size())
        return false;
    const QString &p = df.stages().at(stage).platform;
    if (p.isEmpty() || p.contains(u'$'))
        return false;
    return !p.contains(u"arm64", Qt::CaseInsensitive) && !p.contains(u"aarch64", Qt::CaseInsensitive);
}

QList<TextSite> collectSites(const RuleContext &context)
{
    const Dockerfile &df = context.dockerfile;
    const auto &ins = df.instructions();
    QList<TextSite> sites;
    for (const ShellSource &src : context.shell) {
        const Instruction &in = ins.at(src.instruction);
        if (stagePinnedToConstantPlatform(df, in.stage))
            continue;
        for (int c = 0; c < src.commands.size(); ++c) {
            const ShellCommand &cmd = src.commands.at(c);
            if (cmd.archConditional)
                continue;
            for (int w = 0; w < cmd.words.size(); ++w) {
                TextSite s;
                s.instruction = src.instruction;
                s.stage = in.stage;
                s.text = &src.text;
                s.begin = cmd.words.at(w).start;
                s.end = cmd.words.at(w).end;
                s.shell = &src;
                s.command = c;
                s.word = w;
                s.jsonString = in.jsonForm;
                sites.append(s);
            }
        }
    }
    const QString &doc = df.document().text();
    for (int i = 0; i < ins.size(); ++i) {
        const Instruction &in = ins.at(i);
        if (stagePinnedToConstantPlatform(df, in.stage))
            continue;
        const QString &kw = in.effectiveKeyword();
        auto add = [&](const MappedText &text, int b, int e, bool singleQuoted) {
            TextSite s;
            s.instruction = i;
            s.stage = in.stage;
            s.text = &text;
            s.begin = b;
            s.end = e;
            s.singleQuotedValue = singleQuoted;
            sites.append(s);
        };
        if (kw == u"ENV" || kw == u"ARG") {
            for (const KeyValue &kv : in.pairs) {
                if (!kv.hasValue || kv.value.isEmpty())
                    continue;
                const int before = kv.value.docOffset(0) - 1;
                add(kv.value, 0, kv.value.size(), before >= 0 && doc.at(before) == u'\'');
            }
        } else if (kw == u"ADD") {
            if (in.jsonForm) {
                for (const MappedText &a : in.jsonArgs)
                    add(a, 0, a.size(), false);
                continue;
            }
            // One site per whitespace-separated source or destination.
            const QString &t = in.args.text();
            int k = 0;
            while (k < t.size()) {
                while (k < t.size() && t.at(k).isSpace())
                    ++k;
                const int b = k;
                while (k < t.size() && !t.at(k).isSpace())
                    ++k;
                if (k > b)
                    add(in.args, b, k, false);
            }
        }
    }
    std::stable_sort(sites.begin(), sites.end(), [](const TextSite &a, const TextSite &b) {
        return a.text->docOffset(a.begin) < b.text->docOffset(b.begin);
    });
    return sites;
}

bool mentionsArchVariable(QStringView text)
{
    // Official images name it $arch / $dpkgArch; BuildKit $TARGETARCH; scripts $ARCH, $GOARCH.
    static const QRegularExpression re(QStringLiteral(
        R"((?i)\$\{?[a-z_]*(arch|platform)[a-z0-9_]*|dpkg\s+--print-architecture|uname\s+-m|apk\s+--print-arch|\$\(\s*arch\s*\)|`\s*arch\s*`)"));
    return re.matchView(text).hasMatch();
}

QString instructionText(const Dockerfile &df, int instruction)
{
    const Instruction &in = df.instructions().at(instruction);
    QString out = df.document().text().mid(in.start, in.end - in.start);
    out += u'\n';
    for (const Heredoc &h : in.heredocs) {
        out += h.body.text();
        out += u'\n';
    }
    return out;
}

QString stageText(const Dockerfile &df, int stage)
{
    QString out;
    const auto &ins = df.instructions();
    for (int i = 0; i < ins.size(); ++i)
        if (ins.at(i).stage == stage)
            out += instructionText(df, i);
    return out;
}

QList<SiteMatch> matchSite(const TextSite &site, const QRegularExpression &re, int group)
{
    QList<SiteMatch> out;
    const QString raw = site.raw().toString();
    auto it = re.globalMatch(raw);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        SiteMatch sm;
        sm.start = site.begin + int(m.capturedStart(0));
        sm.end = site.begin + int(m.capturedEnd(0));
        sm.matched = m.captured(0);
        if (re.captureCount() >= group && m.capturedStart(group) >= 0) {
            sm.capStart = site.begin + int(m.capturedStart(group));
            sm.capEnd = site.begin + int(m.capturedEnd(group));
            sm.captured = m.captured(group);
        } else {
            sm.capStart = sm.start;
            sm.capEnd = sm.end;
            sm.captured = sm.matched;
        }
        out.append(sm);
    }
    return out;
}

} // namespace Armlift::Internal
