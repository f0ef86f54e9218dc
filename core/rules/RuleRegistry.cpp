#include "rules/RuleRegistry.h"

#include "kb/KnowledgeBase.h"
#include "rules/RuleFamilies.h"

#include <QFile>

namespace Armlift {

RuleRegistry::RuleRegistry(const KnowledgeBase &kb)
    : m_kb(kb)
{
    addPlatformRules(m_rules, kb);
    addDownloadRules(m_rules, kb);
    addPythonRules(m_rules, kb);
    addGoRules(m_rules, kb);
    addNativeRules(m_rules, kb);
    addNodeRules(m_rules, kb);
    addRubyRules(m_rules, kb);
    addPlannerRules(m_rules, kb);
    for (const auto &r : m_rules)
        m_ids.insert(r.get(), r->info().id);
}

const RuleRegistry &RuleRegistry::bundled()
{
    static const RuleRegistry registry(KnowledgeBase::bundled());
    return registry;
}

QList<RuleInfo> RuleRegistry::infos() const
{
    QList<RuleInfo> list;
    for (const auto &r : m_rules)
        list.append(r->info());
    std::sort(list.begin(), list.end(), [](const RuleInfo &a, const RuleInfo &b) { return a.id < b.id; });
    return list;
}

const Rule *RuleRegistry::rule(const QString &id) const
{
    for (const auto &r : m_rules)
        if (r->info().id.compare(id, Qt::CaseInsensitive) == 0)
            return r.get();
    return nullptr;
}

QString RuleRegistry::id(const Rule *rule) const
{
    const auto it = m_ids.constFind(rule);
    return it != m_ids.cend() ? *it : rule->info().id;
}

QString RuleRegistry::documentation(const QString &id)
{
    QFile f(QStringLiteral(":/armlift/rules/%1.md").arg(id.toUpper()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString RuleRegistry::helpUri(const QString &id)
{
    return QStringLiteral("https://github.com/armlift/armlift/blob/main/resources/rules/%1.md").arg(id.toUpper());
}

} // namespace Armlift
