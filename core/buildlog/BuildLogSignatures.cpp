#include "buildlog/BuildLogSignatures.h"

#include "kb/KnowledgeBase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BuildLogSignatures", text);
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

bool compile(const QString &pattern, QRegularExpression *out, QString *problem)
{
    *out = QRegularExpression(pattern);
    if (!out->isValid()) {
        *problem = out->errorString();
        return false;
    }
    out->optimize();
    return true;
}

} // namespace

QString BuildLogSignatures::normalizePackage(const QString &name)
{
    static const QRegularExpression runs(u"[-_.]+"_s);
    return name.trimmed().toLower().replace(runs, u"-"_s);
}

BuildLogSignatures BuildLogSignatures::fromKnowledgeBase(const KnowledgeBase &kb, QString *error)
{
    BuildLogSignatures s;
    QStringList problems;
    const QJsonObject section = kb.section(u"buildlog"_s);
    for (const QString &p : strings(section.value(u"packageContext")))
    {
        QRegularExpression rx;
        QString problem;
        if (compile(p, &rx, &problem))
            s.m_packageContext.append(rx);
        else
            problems.append(tr("packageContext '%1': %2").arg(p, problem));
    }
    const QJsonObject modules = section.value(u"modules").toObject();
    for (auto it = modules.begin(); it != modules.end(); ++it)
        s.m_modules.insert(it.key(), normalizePackage(it.value().toString()));

    for (const QJsonValue &v : section.value(u"signatures").toArray()) {
        const QJsonObject o = v.toObject();
        BuildLogSignature sig;
        sig.id = o.value(u"id").toString();
        sig.name = o.value(u"name").toString(sig.id);
        bool ok = !sig.id.isEmpty();
        for (const QString &p : strings(o.value(u"patterns"))) {
            QRegularExpression rx;
            QString problem;
            if (compile(p, &rx, &problem)) {
                sig.patterns.append(rx);
            } else {
                problems.append(tr("signature %1: pattern '%2': %3").arg(sig.id, p, problem));
                ok = false;
            }
        }
        for (const QJsonValue &h : o.value(u"hints").toArray()) {
            BuildLogHint hint;
            QString problem;
            if (!compile(h.toObject().value(u"match").toString(), &hint.match, &problem)) {
                problems.append(tr("signature %1: hint: %2").arg(sig.id, problem));
                ok = false;
                continue;
            }
            hint.rules = strings(h.toObject().value(u"rules"));
            sig.hints.append(hint);
        }
        sig.rules = strings(o.value(u"rules"));
        sig.fallback = o.value(u"fallback").toString(sig.rules.value(0));
        sig.byPackage = o.value(u"byPackage").toBool();
        sig.packageFromImport = o.value(u"packageFrom").toString() == u"import"_s;
        sig.generic = o.value(u"generic").toBool();
        sig.locateFrom = o.value(u"locate").toString() == u"from"_s;
        sig.message = o.value(u"message").toString();
        sig.help = o.value(u"help").toString();
        sig.source = o.value(u"source").toString();
        const QJsonObject defaults = o.value(u"defaults").toObject();
        for (auto it = defaults.begin(); it != defaults.end(); ++it)
            sig.defaults.insert(it.key(), it.value().toString());
        if (sig.patterns.isEmpty() || sig.fallback.isEmpty() || sig.message.isEmpty())
            ok = false;
        if (ok)
            s.m_signatures.append(sig);
        else
            problems.append(tr("signature '%1' is incomplete (needs id, patterns, a rule and a message)").arg(sig.id));
    }

    // The package -> rule map comes from the python section, so a package the rules treat
    // specially is explained by the same rule in a build log.
    const QJsonObject python = kb.section(u"python"_s);
    for (const QJsonValue &v : python.value(u"specific").toArray()) {
        const QString rule = v.toObject().value(u"rule").toString();
        for (const QString &name : strings(v.toObject().value(u"names")))
            s.m_packageRules.insert(normalizePackage(name), rule);
    }
    for (const QJsonValue &v : python.value(u"noLinuxWheels").toArray())
        s.m_packageRules.insert(normalizePackage(v.toObject().value(u"name").toString()), u"ARM302"_s);
    for (const QJsonValue &v : python.value(u"cudaOnly").toArray()) {
        const QString name = v.toObject().value(u"name").toString();
        if (!name.isEmpty())
            s.m_packageRules.insert(normalizePackage(name), u"ARM305"_s);
    }
    if (error)
        *error = problems.join(u'\n');
    return s;
}

QList<BuildLogHit> BuildLogSignatures::match(const BuildLog &log) const
{
    QList<BuildLogHit> hits;
    const QList<BuildLogLine> &lines = log.lines();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const BuildLogLine &line = lines.at(i);
        if (line.excerpt || line.text.trimmed().isEmpty())
            continue;
        bool claimed = false;
        for (qsizetype s = 0; s < m_signatures.size() && !claimed; ++s) {
            for (const QRegularExpression &rx : m_signatures.at(s).patterns) {
                const QRegularExpressionMatch m = rx.match(line.text);
                if (!m.hasMatch())
                    continue;
                BuildLogHit hit;
                hit.signature = int(s);
                hit.line = int(i);
                for (const QString &name : rx.namedCaptureGroups()) {
                    if (!name.isEmpty() && !m.captured(name).isEmpty())
                        hit.captures.insert(name, m.captured(name));
                }
                hits.append(hit);
                claimed = true;
                break;
            }
        }
    }
    return hits;
}

QStringList BuildLogSignatures::packagesAround(const BuildLog &log, int lineIndex) const
{
    const QList<BuildLogLine> &lines = log.lines();
    const int step = lines.value(lineIndex).step;
    auto packageAt = [&](int i) -> QString {
        const BuildLogLine &line = lines.at(i);
        if (line.excerpt || (step >= 0 && line.step != step))
            return {};
        for (const QRegularExpression &rx : m_packageContext) {
            const QRegularExpressionMatch m = rx.match(line.text);
            if (m.hasMatch())
                return normalizePackage(m.captured(u"package"));
        }
        return {};
    };
    QStringList found;
    for (int i = lineIndex; i >= 0; --i) {
        const QString p = packageAt(i);
        if (!p.isEmpty() && !found.contains(p))
            found.append(p);
    }
    for (int i = lineIndex + 1; i < lines.size(); ++i) {
        const QString p = packageAt(i);
        if (!p.isEmpty() && !found.contains(p))
            found.append(p);
    }
    return found;
}

QString BuildLogSignatures::packageOfModule(const QString &module) const
{
    const QString top = module.section(u'.', 0, 0);
    const auto it = m_modules.constFind(top);
    return it != m_modules.cend() ? *it : normalizePackage(top);
}

QString BuildLogSignatures::ruleForPackage(const QString &name) const
{
    return m_packageRules.value(normalizePackage(name), u"ARM301"_s);
}

} // namespace Armlift
