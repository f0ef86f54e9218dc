#pragma once

#include "model/Finding.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Armlift {

// Project settings from `.armlift.json` or `.armlift.toml` at the scan root:
//   {"disable": ["ARM402"], "severity": {"ARM101": "error"}, "ignore": ["legacy/**"]}
//   disable = ["ARM402"] / ignore = ["legacy/**"] / [severity] ARM101 = "error"
class ProjectConfig
{
public:
    static ProjectConfig load(const QString &root, QString *error = nullptr);

    bool isDisabled(const QString &ruleId) const { return m_disabled.contains(ruleId); }
    bool isIgnored(const QString &relativePath) const;
    // Applies severity overrides; returns false when the finding's rule is disabled.
    bool adjust(Finding &finding) const;

    QSet<QString> m_disabled;
    QHash<QString, Severity> m_severity;
    QStringList m_ignoreGlobs;
};

} // namespace Armlift
