#pragma once

#include "model/Finding.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Armlift {

// The findings of the project as a table: severity, rule, file, line, message.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, FileColumn, LineColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SeverityRole, RowRole };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    const Finding *finding(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString severityLabel(Severity severity);

Q_SIGNALS:
    void findingsUpdated(); // after every setFindings, whatever rows changed

private:
    QList<Finding> m_findings;
};

// Filters by severity (each severity shown or hidden) and by text in rule, file or message.
class ProblemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProblemsFilterModel(QObject *parent = nullptr);

    void setSeverityVisible(Severity severity, bool visible);
    bool isSeverityVisible(Severity severity) const;
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_visible[3] = {true, true, true};
    QString m_text;
};

} // namespace Armlift
