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
    ~ProjectTreeModel() override;

    void setScan(const QString &rootName, const QList<ScannedFile> &files, const QList<Finding> &findings);
    // setScan in slices, so a 10,000-file tree never holds the event loop for long: beginScan
    // clears the model; buildSome makes detached items until `budgetMs` has passed and returns
    // false while files remain; the call that returns true sets the badges of `findings` and
    // hands every item to the model in one insertion.
    void beginScan(const QString &rootName, const QList<ScannedFile> &files);
    bool buildSome(const QList<Finding> &findings, qint64 budgetMs);
    // Updates the badges only (after a re-lint), keeping expansion and selection.
    void setFindings(const QList<Finding> &findings);
    QModelIndex indexForPath(const QString &relativePath) const;

private:
    QStandardItem *folderItem(const QString &folder, QList<QStandardItem *> &topLevel);
    void dropPending();
    void countFindings(const QList<Finding> &findings);
    void setBadge(QStandardItem *item, const QString &path);
    QIcon m_folderIcon;
    QIcon m_fileIcon;
    QList<ScannedFile> m_pending; // sorted; [m_next, end) have no item yet
    qsizetype m_next = 0;
    QList<QStandardItem *> m_topLevel; // built, not yet in the model (owned until then)
    QHash<QString, int> m_counts; // findings per file, and the worst severity (setBadge)
    QHash<QString, int> m_worst;
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
