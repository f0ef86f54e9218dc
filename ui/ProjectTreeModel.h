#pragma once

#include "scan/ScanResult.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace Armlift {

// The project tree: folders, the Dockerfiles and the manifests they use (ScanResult::files),
// each file with the number of findings in it.
class ProjectTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, KindRole, FindingCountRole, WorstSeverityRole };

    explicit ProjectTreeModel(QObject *parent = nullptr);

    void setScan(const QString &rootName, const QList<ScannedFile> &files, const QList<Finding> &findings);
    // Updates the badges only (after a re-lint), keeping expansion and selection.
    void setFindings(const QList<Finding> &findings);
    QModelIndex indexForPath(const QString &relativePath) const;

private:
    QStandardItem *folderItem(const QString &folder, QList<QStandardItem *> &topLevel);
    QIcon m_folderIcon;
    QHash<QString, QStandardItem *> m_folders;
    QHash<QString, QStandardItem *> m_files;
};

// Filter box: keeps a file when its path matches, and the folders leading to it.
class ProjectTreeFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProjectTreeFilter(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

// Paints the finding count as a rounded badge at the right of a file row.
class ProjectTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Armlift
