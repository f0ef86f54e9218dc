#include "ProblemsModel.h"

#include "EditorTheme.h"

#include <QFileInfo>

#include <algorithm>

namespace Armlift {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

namespace {
// Same row as far as the view shows it.
bool sameRow(const Finding &a, const Finding &b)
{
    return a.file == b.file && a.range == b.range && a.ruleId == b.ruleId && a.severity == b.severity
        && a.message == b.message;
}
} // namespace

void ProblemsModel::setFindings(const QList<Finding> &findings)
{
    // A re-lint changes the findings of one file: only the rows that differ are removed and
    // inserted (one batch each), so the views keep their selection and scroll position and a
    // 10,000-row table is not rebuilt for every pause in typing.
    const qsizetype oldSize = m_findings.size();
    const qsizetype newSize = findings.size();
    qsizetype prefix = 0;
    while (prefix < oldSize && prefix < newSize && sameRow(m_findings.at(prefix), findings.at(prefix)))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
           && sameRow(m_findings.at(oldSize - 1 - suffix), findings.at(newSize - 1 - suffix)))
        ++suffix;
    const qsizetype removed = oldSize - prefix - suffix;
    const qsizetype added = newSize - prefix - suffix;
    if (removed > 0) {
        beginRemoveRows({}, int(prefix), int(prefix + removed - 1));
        m_findings.remove(prefix, removed);
        endRemoveRows();
    }
    if (added > 0) {
        beginInsertRows({}, int(prefix), int(prefix + added - 1));
        m_findings.insert(prefix, added, Finding());
        std::copy(findings.cbegin() + prefix, findings.cbegin() + prefix + added, m_findings.begin() + prefix);
        endInsertRows();
    }
    // The rows that stayed may carry new fixes (positions in the current text).
    m_findings = findings;
    Q_EMIT findingsUpdated();
}

const Finding *ProblemsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: return tr("Info");
    }
    return {};
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = index.isValid() ? finding(index.row()) : nullptr;
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityLabel(f->severity);
        case RuleColumn: return f->ruleId;
        case FileColumn: return f->file;
        case LineColumn: return f->range.line;
        case MessageColumn: return f->message;
        }
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1:%2:%3 [%4]\n%5")
            .arg(f->file)
            .arg(f->range.line)
            .arg(f->range.column)
            .arg(f->ruleId, f->message);
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return EditorTheme::severityIcon(f->severity);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == SeverityColumn)
            return severityLabel(f->severity);
        break;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: return -int(f->severity); // errors first in ascending order
        case LineColumn: return f->range.line;
        default: return data(index, Qt::DisplayRole);
        }
    case SeverityRole:
        return int(f->severity);
    case RowRole:
        return index.row();
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case RuleColumn: return tr("Rule");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    case MessageColumn: return tr("Message");
    }
    return {};
}

ProblemsFilterModel::ProblemsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProblemsModel::SortRole);
}

void ProblemsFilterModel::setSeverityVisible(Severity severity, bool visible)
{
    m_visible[int(severity)] = visible;
    invalidateRowsFilter();
}

bool ProblemsFilterModel::isSeverityVisible(Severity severity) const
{
    return m_visible[int(severity)];
}

void ProblemsFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool ProblemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const ProblemsModel *>(sourceModel());
    const Finding *f = model ? model->finding(sourceRow) : nullptr;
    if (!f || sourceParent.isValid())
        return false;
    if (!m_visible[int(f->severity)])
        return false;
    if (m_text.isEmpty())
        return true;
    return f->ruleId.contains(m_text, Qt::CaseInsensitive) || f->file.contains(m_text, Qt::CaseInsensitive)
        || f->message.contains(m_text, Qt::CaseInsensitive);
}

bool ProblemsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(ProblemsModel::SortRole);
    const QVariant r = right.data(ProblemsModel::SortRole);
    if (l != r)
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    // Ties keep the scanner's order (file, line, column), so sorting is stable and useful.
    return left.row() < right.row();
}

} // namespace Armlift
