#include "ProjectTreeModel.h"

#include "EditorTheme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QStyle>

#include <utility>

using namespace Qt::StringLiterals;

namespace Armlift {

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
}

QStandardItem *ProjectTreeModel::folderItem(const QString &folder, QList<QStandardItem *> &topLevel)
{
    if (QStandardItem *existing = m_folders.value(folder))
        return existing;
    const int slash = folder.lastIndexOf(u'/');
    auto *item = new QStandardItem(m_folderIcon, slash < 0 ? folder : folder.mid(slash + 1));
    item->setEditable(false);
    item->setData(folder, PathRole);
    item->setData(u"folder"_s, KindRole);
    if (slash < 0)
        topLevel.append(item);
    else
        folderItem(folder.left(slash), topLevel)->appendRow(item);
    m_folders.insert(folder, item);
    return item;
}

ProjectTreeModel::~ProjectTreeModel()
{
    dropPending();
}

void ProjectTreeModel::dropPending()
{
    // Items not yet handed to the model belong to nobody else (a top-level item owns its rows).
    qDeleteAll(m_topLevel);
    m_topLevel.clear();
    m_pending.clear();
    m_next = 0;
}

void ProjectTreeModel::setScan(const QString &rootName, const QList<ScannedFile> &files, const QList<Finding> &findings)
{
    beginScan(rootName, files);
    buildSome(findings, -1);
}

void ProjectTreeModel::beginScan(const QString &rootName, const QList<ScannedFile> &files)
{
    dropPending();
    clear();
    m_folders.clear();
    m_files.clear();
    setHorizontalHeaderLabels({rootName});
    m_pending = files;
    std::sort(m_pending.begin(), m_pending.end(), [](const ScannedFile &a, const ScannedFile &b) {
        return a.path.compare(b.path, Qt::CaseInsensitive) < 0;
    });
    // Looked up once: the style resolves icons through the icon theme, milliseconds each.
    m_fileIcon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    m_folderIcon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
}

bool ProjectTreeModel::buildSome(const QList<Finding> &findings, qint64 budgetMs)
{
    // The tree is built detached and handed to the model in one insertion: a 10,000-file project
    // is then one rowsInserted for the views, not one per file and folder.
    QElapsedTimer clock;
    clock.start();
    if (m_next == 0)
        countFindings(findings);
    for (qsizetype done = 0; m_next < m_pending.size(); ++done) {
        if (budgetMs >= 0 && done > 0 && done % 64 == 0 && clock.elapsed() >= budgetMs)
            return false;
        const ScannedFile &file = m_pending.at(m_next++);
        if (m_files.contains(file.path))
            continue;
        const int slash = file.path.lastIndexOf(u'/');
        auto *item = new QStandardItem(m_fileIcon, slash < 0 ? file.path : file.path.mid(slash + 1));
        item->setEditable(false);
        item->setData(file.path, PathRole);
        item->setData(file.kind, KindRole);
        item->setToolTip(file.path);
        const QString folder = slash < 0 ? QString() : file.path.left(slash);
        if (folder.isEmpty() || folder == u".")
            m_topLevel.append(item);
        else
            folderItem(folder, m_topLevel)->appendRow(item);
        m_files.insert(file.path, item);
        // Badges before the items reach the model, so the views get no dataChanged per file either.
        setBadge(item, file.path);
    }
    const QList<QStandardItem *> topLevel = std::exchange(m_topLevel, {});
    m_pending.clear();
    m_next = 0;
    if (!topLevel.isEmpty())
        invisibleRootItem()->appendRows(topLevel);
    return true;
}

void ProjectTreeModel::countFindings(const QList<Finding> &findings)
{
    m_counts.clear();
    m_worst.clear();
    for (const Finding &f : findings) {
        ++m_counts[f.file];
        m_worst[f.file] = qMax(m_worst.value(f.file, -1), int(f.severity));
    }
}

void ProjectTreeModel::setBadge(QStandardItem *item, const QString &path)
{
    const int count = m_counts.value(path);
    const int worst = count ? m_worst.value(path) : -1;
    // An unchanged badge is left alone: a re-lint changes the badges of a few files of thousands.
    const QVariant shown = item->data(FindingCountRole);
    if (shown.isValid() && shown.toInt() == count && item->data(WorstSeverityRole).toInt() == worst)
        return;
    item->setData(count, FindingCountRole);
    item->setData(worst, WorstSeverityRole);
    item->setData(count ? (count == 1 ? tr("%1, 1 problem").arg(item->text())
                                      : tr("%1, %2 problems").arg(item->text()).arg(count))
                        : tr("%1, ready for arm64").arg(item->text()),
                  Qt::AccessibleTextRole);
}

void ProjectTreeModel::setFindings(const QList<Finding> &findings)
{
    countFindings(findings);
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        setBadge(it.value(), it.key());
}

QModelIndex ProjectTreeModel::indexForPath(const QString &relativePath) const
{
    const QStandardItem *item = m_files.value(relativePath);
    return item ? item->index() : QModelIndex();
}

ProjectTreeFilter::ProjectTreeFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(ProjectTreeModel::PathRole);
}

bool ProjectTreeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Folders are kept only through their matching children (recursive filtering).
    if (index.data(ProjectTreeModel::KindRole).toString() == u"folder")
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

void ProjectTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant countData = index.data(ProjectTreeModel::FindingCountRole);
    if (!countData.isValid())
        return;
    const int count = countData.toInt();
    const QString text = count ? QString::number(count) : QStringLiteral("\u2713");
    QColor color = QColor(0x2e, 0x9d, 0x5b); // ready: green check
    if (count) {
        const auto severity = Severity(index.data(ProjectTreeModel::WorstSeverityRole).toInt());
        color = severity == Severity::Error ? QColor(0xc9, 0x37, 0x46)
              : severity == Severity::Warning ? QColor(0xb0, 0x7a, 0x00) : QColor(0x2a, 0x7a, 0xc6);
    }
    const QFontMetrics fm(option.font);
    const int h = fm.height();
    const int w = qMax(h, fm.horizontalAdvance(text) + h / 2);
    const QRect badge(option.rect.right() - w - 4, option.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize ProjectTreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ProjectTreeModel::FindingCountRole).isValid())
        size.rwidth() += option.fontMetrics.height() * 2 + 8;
    return size;
}

} // namespace Armlift
