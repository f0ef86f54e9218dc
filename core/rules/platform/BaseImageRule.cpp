#include "rules/platform/BaseImageRule.h"

#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"

#include <QJsonArray>

namespace Armlift {

BaseImageRule::BaseImageRule(const KnowledgeBase &kb)
{
    const QJsonArray images = kb.section(QStringLiteral("images")).value(u"images").toArray();
    for (const auto &v : images) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.repository = o.value(u"repository").toString().toLower();
        e.repositoryPrefix = o.value(u"repositoryPrefix").toString().toLower();
        e.tags = ImageTagSet(o.value(u"tags").toArray(), o.value(u"tagsBelow").toString(), ImageTagSet::Bound::Below);
        e.replacement = o.value(u"replacement").toString();
        e.note = o.value(u"note").toString();
        e.noReplacement = o.value(u"noReplacement").toString();
        e.source = o.value(u"source").toString();
        m_entries.append(e);
    }
}

RuleInfo BaseImageRule::info() const
{
    return {QStringLiteral("ARM102"), Severity::Error, tr("base image without arm64"),
            tr("A base image has no linux/arm64 variant.")};
}

BaseImageRule::ImageReference BaseImageRule::parseReference(const QString &image)
{
    QString ref = image.section(u'@', 0, 0);
    ImageReference r;
    const int slash = int(ref.lastIndexOf(u'/'));
    const int colon = int(ref.lastIndexOf(u':'));
    if (colon > slash) {
        r.tag = ref.mid(colon + 1);
        ref.truncate(colon);
    }
    if (r.tag.isEmpty())
        r.tag = QStringLiteral("latest");
    ref = ref.toLower();
    for (const QString &prefix : {QStringLiteral("docker.io/"), QStringLiteral("index.docker.io/"),
                                 QStringLiteral("registry-1.docker.io/")})
        if (ref.startsWith(prefix)) {
            ref.remove(0, prefix.size());
            break;
        }
    if (ref.startsWith(u"library/"))
        ref.remove(0, 8);
    r.repository = ref;
    return r;
}

const BaseImageRule::Entry *BaseImageRule::lookup(const ImageReference &ref) const
{
    for (const Entry &e : m_entries) {
        const bool repositoryMatches = e.repositoryPrefix.isEmpty()
            ? e.repository == ref.repository
            : ref.repository.startsWith(e.repositoryPrefix) && ref.repository.size() > e.repositoryPrefix.size();
        if (repositoryMatches && e.tags.contains(ref.tag))
            return &e;
    }
    return nullptr;
}

void BaseImageRule::check(const RuleContext &context, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    for (const Stage &st : df.stages()) {
        // A pinned constant platform chose emulation on purpose; ARM101 reports the pin.
        if (!st.platform.isEmpty() && !st.platform.contains(u'$'))
            continue;
        const int parent = df.stageByName(st.image);
        if (parent >= 0 && parent < st.index && !df.stages().at(parent).name.isEmpty())
            continue; // FROM <earlier stage>
        const QString image = df.expandGlobal(st.image);
        if (image.contains(u'$') || image.compare(u"scratch", Qt::CaseInsensitive) == 0)
            continue; // unresolved: the online check sees the real reference
        const ImageReference ref = parseReference(image);
        const Entry *e = lookup(ref);
        if (!e)
            continue;
        const Instruction &in = df.instructions().at(st.fromInstruction);
        const QString &args = in.args.text();
        int b = 0;
        while (b < args.size() && args.at(b).isSpace())
            ++b;
        int en = b;
        while (en < args.size() && !args.at(en).isSpace())
            ++en;
        QString help = e->noReplacement.isEmpty() ? e->note : e->noReplacement;
        help = QCoreApplication::translate("knowledge", help.toUtf8().constData());
        if (!e->source.isEmpty())
            help += (help.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Source: %1").arg(e->source);
        Finding f = makeFinding(info(), context.file, rangeIn(df, in.args, b, en),
                                tr("%1 has no linux/arm64 variant: pulling it on arm64 fails with “no matching "
                                   "manifest for linux/arm64/v8”.")
                                    .arg(image),
                                help);
        // A single-architecture namespace (amd64/python:3.12) is replaced by the same image
        // without the namespace: the official multi-arch repository (python:3.12).
        QString replacement = e->replacement;
        if (replacement.isEmpty() && !e->repositoryPrefix.isEmpty()) {
            const QString token = args.mid(b, en - b);
            const int at = int(token.indexOf(e->repositoryPrefix, 0, Qt::CaseInsensitive));
            if (at >= 0 && (at == 0 || token.at(at - 1) == u'/'))
                replacement = token.left(at) + token.mid(at + e->repositoryPrefix.size());
        }
        if (!replacement.isEmpty() && !st.image.contains(u'$')) {
            Fix fix;
            fix.title = tr("Use %1").arg(replacement);
            fix.edits = {replaceIn(df, context.file, in.args, b, en, replacement)};
            if (!e->note.isEmpty())
                fix.note = QCoreApplication::translate("knowledge", e->note.toUtf8().constData());
            f.fixes.append(fix);
        }
        out.append(f);
    }
}

} // namespace Armlift
