#include "rules/downloads/DownloadSites.h"

#include "text/TextSearch.h"

#include <QStringMatcher>

#include <algorithm>
#include <optional>

namespace Armlift::Internal {

using namespace Qt::StringLiterals;

quint64 charSet(QStringView text)
{
    // A multiplicative hash spreads neighbouring characters (digits, letters) over the 64 bits.
    quint64 set = 0;
    for (const QChar c : text)
        set |= quint64(1) << ((c.unicode() * 0x9E3779B1u) >> 26);
    return set;
}

bool TextSite::rawContains(QStringView needle) const
{
    return containsText(raw(), needle);
}

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
    qsizetype words = 0;
    for (const ShellSource &src : context.shell)
        for (const ShellCommand &cmd : src.commands)
            words += cmd.words.size();
    sites.reserve(words + ins.size());
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
    const qsizetype shellSites = sites.size();
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
        if (kw == u"ENV"_s || kw == u"ARG"_s) {
            for (const KeyValue &kv : in.pairs) {
                if (!kv.hasValue || kv.value.isEmpty())
                    continue;
                const int before = kv.value.docOffset(0) - 1;
                add(kv.value, 0, kv.value.size(), before >= 0 && doc.at(before) == u'\'');
            }
        } else if (kw == u"ADD"_s) {
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
    // Sorted by document position, computed once per site rather than in every comparison.
    QList<std::pair<int, qsizetype>> order;
    order.reserve(sites.size());
    for (qsizetype k = 0; k < sites.size(); ++k)
        order.append({sites.at(k).text->docOffset(sites.at(k).begin), k});
    // The shell words and the values each come instruction by instruction, so each run is
    // normally in document order already: merging the two (sorted) runs gives what a stable
    // sort of all of them gives, without its n log n comparisons.
    const auto byOffset = [](const auto &a, const auto &b) { return a.first < b.first; };
    const auto values = order.begin() + shellSites;
    if (!std::is_sorted(order.begin(), values, byOffset))
        std::stable_sort(order.begin(), values, byOffset);
    if (!std::is_sorted(values, order.end(), byOffset))
        std::stable_sort(values, order.end(), byOffset);
    std::inplace_merge(order.begin(), values, order.end(), byOffset);
    QList<TextSite> sorted;
    sorted.reserve(sites.size());
    for (const auto &o : std::as_const(order)) {
        sorted.append(sites.at(o.second));
        sorted.last().chars = charSet(sorted.last().raw());
    }
    return sorted;
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
    // One pass over the text, not five searches.
    auto startsAt = [&](qsizetype i, QLatin1StringView word) {
        return QStringView(text).mid(i, word.size()).compare(word, Qt::CaseInsensitive) == 0;
    };
    bool maybe = false;
    for (qsizetype i = 0; i < text.size() && !maybe; ++i) {
        switch (text.at(i).unicode()) {
        case u'$':
        case u'`':
            maybe = true;
            break;
        case u'd':
        case u'D':
            maybe = startsAt(i, QLatin1StringView("dpkg"));
            break;
        case u'u':
        case u'U':
            maybe = startsAt(i, QLatin1StringView("uname"));
            break;
        case u'a':
        case u'A':
            maybe = startsAt(i, QLatin1StringView("apk"));
            break;
        default:
            break;
        }
    }
    if (!maybe)
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

bool stageMentions(const RuleContext &context, int stage, QStringView needle)
{
    const Dockerfile &df = context.dockerfile;
    const auto &ins = df.instructions();
    int first = 0;
    int last = int(ins.size()) - 1;
    if (stage >= 0 && stage < df.stages().size()) {
        first = df.stages().at(stage).fromInstruction;
        last = df.stages().at(stage).lastInstruction;
    }
    const QStringView doc(df.document().text());
    // One skip table for all the instructions of the stage: a plain search would compare at
    // every character of a text this long.
    const QStringMatcher matcher(needle);
    for (int i = first; i <= last && i < ins.size(); ++i) {
        const Instruction &in = ins.at(i);
        if (in.stage != stage)
            continue;
        if (matcher.indexIn(doc.mid(in.start, in.end - in.start)) >= 0)
            return true;
        for (const Heredoc &h : in.heredocs)
            if (matcher.indexIn(h.body.text()) >= 0)
                return true;
    }
    return false;
}

bool containsAnyOf(QStringView text, std::initializer_list<QLatin1StringView> needles)
{
    if (needles.size() == 0)
        return false;
    const QChar first = QLatin1Char(needles.begin()->front());
    for (qsizetype at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
        const QStringView rest = text.sliced(at);
        for (const QLatin1StringView needle : needles)
            if (rest.startsWith(needle))
                return true;
    }
    return false;
}

QStringView aptPackageName(const QString &word)
{
    const qsizetype eq = word.indexOf(u'=');
    return eq < 0 ? QStringView(word) : QStringView(word).left(eq);
}

bool containsSha256Hex(QStringView text)
{
    // A match is a maximal run of hex digits (either case: the lookarounds exclude both) that
    // is exactly 64 long and all lowercase.
    auto isLower = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); };
    auto isHex = [&](QChar c) { return isLower(c) || (c >= u'A' && c <= u'F'); };
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isHex(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool lower = true;
        for (; i < text.size() && isHex(text.at(i)); ++i)
            lower = lower && isLower(text.at(i));
        if (lower && i - start == 64)
            return true;
    }
    return false;
}

QString requiredLiteral(const QString &pattern)
{
    // The longest run of plain characters outside any group, class or lookaround, in a pattern
    // without top-level alternatives: every match contains it. Anything that is not a plain
    // character (a group, a class, `.`, an anchor, a letter escape) ends a run; a character
    // made optional by a quantifier is dropped from it.
    if (pattern.contains(u"(?i"))
        return {};
    QString best;
    QString run;
    auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    const qsizetype n = pattern.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = pattern.at(i);
        QChar lit;
        bool isLiteral = false;
        qsizetype next = i + 1;
        if (c == u'\\') {
            if (i + 1 < n && !pattern.at(i + 1).isLetterOrNumber()) {
                lit = pattern.at(i + 1); // \. \- \/ …: the character itself
                isLiteral = true;
            }
            next = i + 2;
        } else if (c == u'[') {
            // A class: skip to its closing bracket (a `]` first in the class is literal).
            qsizetype k = i + 1;
            if (k < n && pattern.at(k) == u'^')
                ++k;
            if (k < n && pattern.at(k) == u']')
                ++k;
            while (k < n && pattern.at(k) != u']')
                k += pattern.at(k) == u'\\' ? 2 : 1;
            next = k + 1;
        } else if (c == u'(') {
            // A group or lookaround: skip to its matching parenthesis.
            int depth = 0;
            bool inClass = false;
            qsizetype k = i;
            for (; k < n; ++k) {
                const QChar d = pattern.at(k);
                if (d == u'\\') {
                    ++k;
                } else if (inClass) {
                    inClass = d != u']';
                } else if (d == u'[') {
                    inClass = true;
                } else if (d == u'(') {
                    ++depth;
                } else if (d == u')' && --depth == 0) {
                    break;
                }
            }
            next = k + 1;
        } else if (c == u'|') {
            return {}; // a top-level alternative: nothing is certain
        } else if (c.isLetterOrNumber() || QStringView(u"_-/:@=,%~<>!'\"#&; ").contains(c)) {
            lit = c;
            isLiteral = true;
        }
        // A quantifier after the atom: optional (?, *, {0,…}) drops it, + keeps one.
        bool optional = false;
        bool repeated = false;
        if (next < n) {
            const QChar q = pattern.at(next);
            if (q == u'?' || q == u'*' || q == u'{') {
                optional = true;
                if (q == u'{') {
                    const qsizetype close = pattern.indexOf(u'}', next);
                    next = close < 0 ? n : close + 1;
                } else {
                    ++next;
                }
            } else if (q == u'+') {
                repeated = true;
                ++next;
            }
            if (next < n && (pattern.at(next) == u'?' || pattern.at(next) == u'+'))
                ++next; // lazy or possessive
        }
        if (isLiteral && !optional) {
            run.append(lit);
            if (repeated)
                endRun();
        } else {
            endRun();
        }
        i = next;
    }
    endRun();
    return best;
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
