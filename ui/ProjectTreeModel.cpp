#include "ProjectTreeModel.h"

#include "EditorTheme.h"

#include <QApplication>
#include <QFileInfo>
#include <QPainter>
#include <QStyle>

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

void ProjectTreeModel::setScan(const QString &rootName, const QList<ScannedFile> &files, const QList<Finding> &findings)
{
    clear();
    m_folders.clear();
    m_files.clear();
    setHorizontalHeaderLabels({rootName});
    QList<ScannedFile> sorted = files;
    std::sort(sorted.begin(), sorted.end(), [](const ScannedFile &a, const ScannedFile &b) {
        return a.path.compare(b.path, Qt::CaseInsensitive) < 0;
    });
    // The tree is built detached and handed to the model in one insertion: a 10,000-file project
    // is then one rowsInserted for the views, not one per file and folder.
    // Looked up once: the style resolves icons through the icon theme, milliseconds each.
    const QIcon fileIcon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    m_folderIcon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    QList<QStandardItem *> topLevel;
    for (const ScannedFile &file : std::as_const(sorted)) {
        if (m_files.contains(file.path))
            continue;
        const int slash = file.path.lastIndexOf(u'/');
        auto *item = new QStandardItem(fileIcon, slash < 0 ? file.path : file.path.mid(slash + 1));
        item->setEditable(false);
        item->setData(file.path, PathRole);
        item->setData(file.kind, KindRole);
        item->setToolTip(file.path);
        const QString folder = slash < 0 ? QString() : file.path.left(slash);
        if (folder.isEmpty() || folder == u".")
            topLevel.append(item);
        else
            folderItem(folder, topLevel)->appendRow(item);
        m_files.insert(file.path, item);
    }
    // Badges before the items reach the model, so the views get no dataChanged per file either.
    setFindings(findings);
    if (!topLevel.isEmpty())
        invisibleRootItem()->appendRows(topLevel);
}

void ProjectTreeModel::setFindings(const QList<Finding> &findings)
{
    QHash<QString, int> counts;
    QHash<QString, int> worst;
    for (const Finding &f : findings) {
        ++counts[f.file];
        worst[f.file] = qMax(worst.value(f.file, -1), int(f.severity));
    }
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const int count = counts.value(it.key());
        it.value()->setData(count, FindingCountRole);
        it.value()->setData(count ? worst.value(it.key()) : -1, WorstSeverityRole);
        it.value()->setData(count ? (count == 1 ? tr("%1, 1 problem").arg(it.value()->text())
                                           : tr("%1, %2 problems").arg(it.value()->text()).arg(count))
                                  : tr("%1, ready for arm64").arg(it.value()->text()),
                            Qt::AccessibleTextRole);
    }
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
