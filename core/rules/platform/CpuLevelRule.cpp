#include "rules/platform/CpuLevelRule.h"

#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/platform/BaseImageRule.h"
#include "scan/ProjectConfig.h"
#include "scan/ProjectFiles.h"

#include <QJsonArray>

namespace Armlift {

namespace {

// "armv8.2-a" -> "ARMv8.2-A", as Arm writes it.
QString displayLevel(const QString &level)
{
    return level.startsWith(u"armv") ? u"ARMv" + level.mid(4).toUpper() : level;
}

} // namespace

CpuLevelRule::CpuLevelRule(const KnowledgeBase &kb)
{
    const QJsonObject images = kb.section(QStringLiteral("images"));
    for (const QJsonValue &v : images.value(u"cpuRequirements").toArray()) {
        const QJsonObject o = v.toObject();
        Requirement r;
        r.repository = o.value(u"repository").toString().toLower();
        r.tags = ImageTagSet(o.value(u"tags").toArray(), o.value(u"tagsFrom").toString(), ImageTagSet::Bound::AtLeast);
        r.requires_ = o.value(u"requires").toString();
        r.alternative = o.value(u"alternative").toString();
        r.why = o.value(u"why").toString();
        r.source = o.value(u"source").toString();
        if (!r.repository.isEmpty() && !r.tags.isEmpty())
            m_requirements.append(r);
    }
    const QJsonObject older = images.value(u"cpusBelowArmv82").toObject();
    for (const QJsonValue &v : older.value(u"names").toArray())
        m_olderCpus.append(v.toString().toLower());
    m_cpuSource = older.value(u"source").toString();
}

RuleInfo CpuLevelRule::info() const
{
    return {QStringLiteral("ARM104"), Severity::Warning, tr("image needs a newer arm64 CPU"),
            tr("A base image needs ARMv8.2-A, but the project targets older arm64 cores (targetCpu).")};
}

const CpuLevelRule::Requirement *CpuLevelRule::lookup(const QString &repository, const QString &tag) const
{
    for (const Requirement &r : m_requirements) {
        if (r.repository == repository && r.tags.contains(tag))
            return &r;
    }
    return nullptr;
}

void CpuLevelRule::check(const RuleContext &context, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    // The project settings are read only when an image with a CPU requirement shows up, which
    // is rare: most scans never touch the file here.
    bool configRead = false;
    QStringList older;
    for (const Stage &st : df.stages()) {
        if (!st.platform.isEmpty() && !st.platform.contains(u'$') && !st.platform.contains(u"arm64"))
            continue; // pinned to another platform: not run on the arm64 target
        const int parent = st.baseStage;
        if (parent >= 0 && parent < st.index && !df.stages().at(parent).name.isEmpty())
            continue;
        const QString image = df.expandGlobal(st.image);
        if (image.contains(u'$'))
            continue;
        const BaseImageRule::ImageReference ref = BaseImageRule::parseReference(image);
        const Requirement *req = lookup(ref.repository, ref.tag);
        if (!req)
            continue;
        if (!configRead) {
            configRead = true;
            const ProjectConfig config = ProjectConfig::load(context.project.root());
            for (const QString &cpu : config.targetCpus())
                if (m_olderCpus.contains(cpu))
                    older.append(cpu);
        }
        if (older.isEmpty())
            return;
        const Instruction &in = df.instructions().at(st.fromInstruction);
        const QString &args = in.args.text();
        int b = 0;
        while (b < args.size() && args.at(b).isSpace())
            ++b;
        int en = b;
        while (en < args.size() && !args.at(en).isSpace())
            ++en;
        QString help = QCoreApplication::translate("knowledge", req->why.toUtf8().constData());
        help += u' '
                + tr("The project's targetCpu (%1, in .armlift.json or .armlift.toml) names a core older than "
                     "ARMv8.2-A. Source: %2; %3")
                      .arg(older.join(u", "), req->source, m_cpuSource);
        Finding f = makeFinding(info(), context.file, rangeIn(df, in.args, b, en),
                                tr("%1 needs an %2 CPU, but the project targets %3: the container dies with "
                                   "“Illegal instruction” (exit code 132) there.")
                                    .arg(image, displayLevel(req->requires_), older.join(u", ")),
                                help);
        if (!req->alternative.isEmpty() && !st.image.contains(u'$')) {
            Fix fix;
            fix.title = tr("Use %1 (runs on ARMv8.0-A cores)").arg(req->alternative);
            fix.edits = {replaceIn(df, context.file, in.args, b, en, req->alternative)};
            fix.note = tr("This is an older major release: check that the application works with it, or run this "
                          "service on an ARMv8.2-A machine (Graviton 2 or later, Ampere, Apple silicon).");
            f.fixes.append(fix);
        }
        out.append(f);
    }
}

} // namespace Armlift
