#pragma once

#include "model/Finding.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Armlift {

// Project settings from `.armlift.json` or `.armlift.toml` at the scan root:
//   {"disable": ["ARM402"], "severity": {"ARM101": "error"}, "ignore": ["legacy/**"]}
//   disable = ["ARM402"] / ignore = ["legacy/**"] / [severity] ARM101 = "error"
// and the arm64 CPUs the images must run on: "targetCpu": "cortex-a72" (or a list; ARM104).
class ProjectConfig
{
public:
    static ProjectConfig load(const QString &root, QString *error = nullptr);

    bool isDisabled(const QString &ruleId) const { return m_disabled.contains(ruleId); }
    bool isIgnored(const QString &relativePath) const;
    // Applies severity overrides; returns false when the finding's rule is disabled.
    bool adjust(Finding &finding) const;
    void compileIgnoreGlobs(); // after changing m_ignoreGlobs
    // Lower case, blanks and underscores as '-' ("Raspberry Pi 4" -> "raspberry-pi-4"); empty
    // when the project does not say, which ARM104 reads as a current (ARMv8.2-A or later) server.
    const QStringList &targetCpus() const { return m_targetCpus; }

    QSet<QString> m_disabled;
    QHash<QString, Severity> m_severity;
    QStringList m_ignoreGlobs;
    QList<QRegularExpression> m_ignorePatterns; // m_ignoreGlobs compiled by load()
    QStringList m_targetCpus;
};

} // namespace Armlift
