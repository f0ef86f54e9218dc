#include "report/MigrationSummary.h"

#include <QDir>

#include <algorithm>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

void add(ReadinessRow &row, const Finding &f)
{
    switch (f.severity) {
    case Severity::Error: ++row.errors; break;
    case Severity::Warning: ++row.warnings; break;
    case Severity::Info: ++row.infos; break;
    }
    if (!f.fixes.isEmpty())
        ++row.fixable;
    else if (f.severity != Severity::Info)
        ++row.manual;
    row.effort += MigrationSummary::effort(f);
}

void finish(ReadinessRow &row)
{
    if (row.manual > 0)
        row.readiness = ReadinessRow::Readiness::ManualWork;
    else if (row.errors + row.warnings > 0)
        row.readiness = ReadinessRow::Readiness::FixesAvailable;
    else
        row.readiness = ReadinessRow::Readiness::Ready;
}

void sortByEffort(QList<ReadinessRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ReadinessRow &a, const ReadinessRow &b) {
        if (a.effort != b.effort)
            return a.effort > b.effort;
        return a.name < b.name;
    });
}

} // namespace

QString MigrationSummary::category(const QString &ruleId)
{
    const QString digits = ruleId.mid(3, 1);
    if (!ruleId.startsWith(u"ARM"_s) || digits.isEmpty())
        return tr("Other");
    switch (digits.at(0).unicode()) {
    case u'1': return tr("Base images and platform");
    case u'2': return tr("Downloads");
    case u'3': return tr("Python packages");
    case u'4': return tr("Go");
    case u'5': return tr("Native code");
    case u'6': return tr("x86-only artefacts and build planning");
    case u'7': return tr("npm and RubyGems");
    default: return tr("Other");
    }
}

QStringList MigrationSummary::categories()
{
    QStringList list;
    for (const char *id : {"ARM101", "ARM201", "ARM301", "ARM401", "ARM501", "ARM601", "ARM701", "X"})
        list.append(category(QString::fromLatin1(id)));
    return list;
}

int MigrationSummary::effort(const Finding &finding)
{
    const bool fixable = !finding.fixes.isEmpty();
    switch (finding.severity) {
    case Severity::Error: return fixable ? 2 : 8;
    case Severity::Warning: return fixable ? 1 : 3;
    case Severity::Info: return 0;
    }
    return 0;
}

QString MigrationSummary::readinessLabel(ReadinessRow::Readiness readiness)
{
    switch (readiness) {
    case ReadinessRow::Readiness::Ready: return tr("Ready");
    case ReadinessRow::Readiness::FixesAvailable: return tr("Fixes available");
    case ReadinessRow::Readiness::ManualWork: return tr("Manual work");
    }
    return {};
}

QString MigrationSummary::readinessId(ReadinessRow::Readiness readiness)
{
    switch (readiness) {
    case ReadinessRow::Readiness::Ready: return u"ready"_s;
    case ReadinessRow::Readiness::FixesAvailable: return u"fixes-available"_s;
    case ReadinessRow::Readiness::ManualWork: return u"manual-work"_s;
    }
    return {};
}

QList<ReadinessRow> MigrationSummary::perFile(const ScanResult &result)
{
    QList<ReadinessRow> rows;
    QHash<QString, qsizetype> index;
    auto rowFor = [&](const QString &file) -> ReadinessRow & {
        auto it = index.constFind(file);
        if (it == index.cend()) {
            it = index.insert(file, rows.size());
            rows.append(ReadinessRow{file});
        }
        return rows[*it];
    };
    for (const ScannedFile &f : result.files)
        rowFor(f.path);
    for (const Finding &f : result.findings)
        add(rowFor(f.file), f);
    for (ReadinessRow &row : rows)
        finish(row);
    sortByEffort(rows);
    return rows;
}

QList<ReadinessRow> MigrationSummary::perRoot(const ScanResult &result, const QStringList &roots)
{
    QList<ReadinessRow> rows;
    for (const QString &root : roots)
        rows.append(ReadinessRow{root});
    // The longest matching prefix wins, so "a" and "a/b" as two roots stay apart.
    auto rootOf = [&](const QString &file) -> qsizetype {
        qsizetype best = -1;
        for (qsizetype i = 0; i < roots.size(); ++i) {
            const QString prefix = QDir::cleanPath(roots.at(i));
            const bool inside = prefix == u"."_s || file == prefix || file.startsWith(prefix + u'/');
            if (inside && (best < 0 || prefix.size() > QDir::cleanPath(roots.at(best)).size()))
                best = i;
        }
        return best;
    };
    for (const Finding &f : result.findings) {
        const qsizetype i = rootOf(f.file);
        if (i >= 0)
            add(rows[i], f);
    }
    for (ReadinessRow &row : rows)
        finish(row);
    sortByEffort(rows);
    return rows;
}

ReadinessRow MigrationSummary::total(const ScanResult &result)
{
    ReadinessRow row{tr("All files")};
    for (const Finding &f : result.findings)
        add(row, f);
    finish(row);
    return row;
}

QMap<QString, QMap<Severity, int>> MigrationSummary::byCategory(const ScanResult &result)
{
    QMap<QString, QMap<Severity, int>> map;
    for (const Finding &f : result.findings)
        ++map[category(f.ruleId)][f.severity];
    return map;
}

} // namespace Armlift
