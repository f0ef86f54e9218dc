#include "DiskChangeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Armlift {

DiskChangeBar::DiskChangeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_keep(new QPushButton(tr("&Keep Mine"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The tooltip colours are the palette's "notice" pair, readable in light and dark styles.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::ToolTipBase));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
    setPalette(pal);
    setAccessibleName(tr("File changed on disk"));
    m_label->setWordWrap(false);
    m_reload->setToolTip(tr("Load the file from disk; Edit > Undo brings your text back"));
    m_keep->setToolTip(tr("Keep the text in the editor; saving it replaces the file on disk"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);
    connect(m_reload, &QPushButton::clicked, this, &DiskChangeBar::reloadClicked);
    connect(m_keep, &QPushButton::clicked, this, &DiskChangeBar::keepClicked);
}

void DiskChangeBar::showChanged(const QString &file)
{
    m_label->setText(tr("%1 changed on disk. Reload it, or keep your unsaved text?").arg(file));
    m_reload->show();
    m_keep->setText(tr("&Keep Mine"));
}

void DiskChangeBar::showDeleted(const QString &file)
{
    m_label->setText(tr("%1 was deleted on disk. Your text is kept; save it to write the file again.").arg(file));
    m_reload->hide();
    m_keep->setText(tr("&Dismiss"));
}

QString DiskChangeBar::message() const
{
    return m_label->text();
}

} // namespace Armlift
