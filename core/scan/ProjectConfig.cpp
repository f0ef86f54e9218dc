#include "scan/ProjectConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Armlift {

static QString tr(const char *s) { return QCoreApplication::translate("ProjectConfig", s); }

// A small TOML subset: `key = ["a", "b"]`, `key = "v"`, `[severity]` tables, comments.
static bool parseToml(const QString &text, QJsonObject *out, QString *error, const QString &file)
{
    static const QRegularExpression table(QStringLiteral(R"(^\[\s*([A-Za-z0-9_.-]+)\s*\]$)"));
    static const QRegularExpression pair(QStringLiteral(R"(^([A-Za-z0-9_-]+)\s*=\s*(.+)$)"));
    QString current;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString l = lines.at(i).trimmed();
        if (l.isEmpty() || l.startsWith(u'#'))
            continue;
        if (const auto m = table.match(l); m.hasMatch()) {
            current = m.captured(1);
            continue;
        }
        const auto m = pair.match(l);
        if (!m.hasMatch()) {
            *error = tr("%1:%2: expected `key = value`").arg(file).arg(i + 1);
            return false;
        }
        QString value = m.captured(2).trimmed();
        // Strip a trailing comment outside strings.
        value.replace(QRegularExpression(QStringLiteral(R"(\s+#[^"\]]*$)")), QString());
        // TOML strings and arrays of strings are JSON-compatible enough for this subset.
        const QByteArray json = "[" + value.replace(u'\'', u'"').toUtf8() + "]";
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError) {
            *error = tr("%1:%2: cannot read the value of `%3`").arg(file).arg(i + 1).arg(m.captured(1));
            return false;
        }
        const QJsonValue v = doc.array().at(0);
        if (current.isEmpty()) {
            out->insert(m.captured(1), v);
        } else {
            QJsonObject t = out->value(current).toObject();
            t.insert(m.captured(1), v);
            out->insert(current, t);
        }
    }
    return true;
}

ProjectConfig ProjectConfig::load(const QString &root, QString *error)
{
    ProjectConfig config;
    const QDir dir(root);
    QJsonObject obj;
    for (const QString &name : {QStringLiteral(".armlift.json"), QStringLiteral(".armlift.toml")}) {
        QFile f(dir.filePath(name));
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("%1: cannot read: %2").arg(name, f.errorString());
            return config;
        }
        const QByteArray data = f.readAll();
        QString err;
        if (name.endsWith(u".json")) {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                err = tr("%1:%2: invalid JSON: %3")
                          .arg(name)
                          .arg(data.left(pe.offset).count('\n') + 1)
                          .arg(pe.errorString());
            }
            obj = doc.object();
        } else {
            parseToml(QString::fromUtf8(data), &obj, &err, name);
        }
        if (!err.isEmpty()) {
            if (error)
                *error = err;
            return config;
        }
        break; // .armlift.json wins when both exist
    }
    for (const QJsonValue &v : obj.value(u"disable").toArray())
        config.m_disabled.insert(v.toString().toUpper());
    for (const QJsonValue &v : obj.value(u"ignore").toArray())
        config.m_ignoreGlobs.append(v.toString());
    config.compileIgnoreGlobs();
    const QJsonValue cpu = obj.value(u"targetCpu");
    for (const QJsonValue &v : cpu.isArray() ? cpu.toArray() : QJsonArray{cpu}) {
        QString name = v.toString().trimmed().toLower();
        name.replace(QRegularExpression(QStringLiteral(R"([\s_]+)")), QStringLiteral("-"));
        if (!name.isEmpty())
            config.m_targetCpus.append(name);
    }
    const QJsonObject sev = obj.value(u"severity").toObject();
    for (auto it = sev.begin(); it != sev.end(); ++it) {
        Severity s;
        if (severityFromName(it.value().toString(), &s))
            config.m_severity.insert(it.key().toUpper(), s);
        else if (error)
            *error = tr("%1: unknown severity '%2' for %3 (use error, warning or info)")
                         .arg(QStringLiteral(".armlift"), it.value().toString(), it.key());
    }
    return config;
}

static QRegularExpression ignorePattern(const QString &glob)
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
        glob, QRegularExpression::UnanchoredWildcardConversion | QRegularExpression::NonPathWildcardConversion));
    return re.isValid() ? QRegularExpression(QRegularExpression::anchoredPattern(re.pattern())) : QRegularExpression();
}

void ProjectConfig::compileIgnoreGlobs()
{
    m_ignorePatterns.clear();
    for (const QString &glob : std::as_const(m_ignoreGlobs))
        m_ignorePatterns.append(ignorePattern(glob));
}

bool ProjectConfig::isIgnored(const QString &relativePath) const
{
    // Asked for every entry of the tree: the patterns are compiled once by load(). Globs set
    // directly on m_ignoreGlobs are compiled here instead.
    const bool compiled = m_ignorePatterns.size() == m_ignoreGlobs.size();
    for (qsizetype i = 0; i < m_ignoreGlobs.size(); ++i) {
        const QString &glob = m_ignoreGlobs.at(i);
        const QRegularExpression re = compiled ? m_ignorePatterns.at(i) : ignorePattern(glob);
        if (!re.pattern().isEmpty() && re.match(relativePath).hasMatch())
            return true;
        if (relativePath.startsWith(QString(glob).remove(QStringLiteral("/**")) + u'/'))
            return true;
    }
    return false;
}

bool ProjectConfig::adjust(Finding &finding) const
{
    if (m_disabled.contains(finding.ruleId))
        return false;
    if (auto it = m_severity.constFind(finding.ruleId); it != m_severity.cend())
        finding.severity = *it;
    return true;
}

} // namespace Armlift
