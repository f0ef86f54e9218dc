#include "rules/downloads/DownloadSites.h"

#include <algorithm>
#include <optional>

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

namespace {

QList<TextSite> gatherSites(const RuleContext &context)
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

} // namespace

QList<TextSite> collectSites(const RuleContext &context)
{
    // Five download rules walk the same sites: collect them once per check.
    static const char key = 0;
    auto &cached = context.derived.slot<std::optional<QList<TextSite>>>(&key);
    if (!cached)
        cached = gatherSites(context);
    return *cached;
}

bool mentionsArchVariable(QStringView text)
{
    // Every alternative below needs one of these: most words have none, and this is asked
    // for every word by several rules.
    if (!text.contains(u'$') && !text.contains(u'`') && !text.contains(u"dpkg", Qt::CaseInsensitive)
        && !text.contains(u"uname", Qt::CaseInsensitive) && !text.contains(u"apk", Qt::CaseInsensitive))
        return false;
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
    // A stage's instructions are contiguous: walk only its own range.
    int first = 0;
    int last = int(ins.size()) - 1;
    if (stage >= 0 && stage < df.stages().size()) {
        first = df.stages().at(stage).fromInstruction;
        last = df.stages().at(stage).lastInstruction;
    }
    for (int i = first; i <= last && i < ins.size(); ++i)
        if (ins.at(i).stage == stage)
            out += instructionText(df, i);
    return out;
}

QString requiredLiteral(const QString &pattern)
{
    // Only a plain prefix of a pattern without top-level alternatives is certain to be in
    // every match; anything else (a group, a class, an option, a lookaround) ends it.
    int depth = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\') {
            ++i;
        } else if (inClass) {
            inClass = c != u']';
        } else if (c == u'[') {
            inClass = true;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u'|' && depth == 0) {
            return {};
        }
    }
    QString literal;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        qsizetype next = i + 1;
        QChar lit;
        if (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'/' || c == u':' || c == u'@' || c == u'='
            || c == u',' || c == u'%' || c == u'~' || c == u'<' || c == u'>' || c == u'!' || c == u'\'' || c == u'"') {
            lit = c;
        } else if (c == u'\\' && i + 1 < pattern.size() && !pattern.at(i + 1).isLetterOrNumber()) {
            lit = pattern.at(i + 1); // \. \- \/ …: the character itself
            next = i + 2;
        } else {
            break;
        }
        // A quantifier makes the character optional or repeated: it is not certain.
        if (next < pattern.size()) {
            const QChar q = pattern.at(next);
            if (q == u'?' || q == u'*' || q == u'{')
                break;
            if (q == u'+') {
                literal.append(lit);
                break;
            }
        }
        literal.append(lit);
        i = next;
    }
    return literal;
}

QList<SiteMatch> matchSite(const TextSite &site, const QRegularExpression &re, int group)
{
    QList<SiteMatch> out;
    auto it = re.globalMatchView(site.raw());
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
