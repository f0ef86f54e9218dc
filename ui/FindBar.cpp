#include "FindBar.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Armlift {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_replaceButton(new QPushButton(tr("&Replace"), this))
    , m_replaceAllButton(new QPushButton(tr("Replace &All"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    m_find->setObjectName(u"findText"_s);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(u"replaceText"_s);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *close = new QToolButton(this);
    close->setText(u"\u2715"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));
    m_status->setObjectName(u"findStatus"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_find, 2);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_replace, 2);
    layout->addWidget(m_replaceButton);
    layout->addWidget(m_replaceAllButton);
    layout->addWidget(m_status, 1);
    layout->addWidget(close);

    // QLineEdit takes Return with any modifier, so Shift+Return is told apart here.
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Incremental search: from the start of the current selection, so typing extends it.
        if (m_editor) {
            QTextCursor c = m_editor->textCursor();
            c.setPosition(c.selectionStart());
            m_editor->setTextCursor(c);
        }
        if (!m_find->text().isEmpty())
            findNext();
        else
            updateStatus(QString());
    });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceCurrent(); });
    connect(previous, &QPushButton::clicked, this, [this] { findPrevious(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(m_replaceButton, &QPushButton::clicked, this, [this] { replaceCurrent(); });
    connect(m_replaceAllButton, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        if (m_editor)
            m_editor->setFocus();
    });
    hide();
}

void FindBar::setEditor(QPlainTextEdit *editor)
{
    m_editor = editor;
    setEnabled(editor != nullptr);
}

void FindBar::showFind()
{
    if (m_editor) {
        const QString selected = m_editor->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_find->setText(selected);
    }
    setReplaceVisible(false);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

void FindBar::setReplaceVisible(bool visible)
{
    m_replace->setVisible(visible);
    m_replaceButton->setVisible(visible);
    m_replaceAllButton->setVisible(visible);
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::find(bool backward)
{
    const QString needle = m_find->text();
    if (!m_editor || needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *doc = m_editor->document();
    QTextCursor found = doc->find(needle, m_editor->textCursor(), flags);
    bool wrapped = false;
    if (found.isNull()) {
        // Wrap around once, and say so.
        QTextCursor start(doc);
        if (backward)
            start.movePosition(QTextCursor::End);
        found = doc->find(needle, start, flags);
        wrapped = !found.isNull();
    }
    if (found.isNull()) {
        updateStatus(tr("Not found"));
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    updateStatus(wrapped ? tr("Wrapped around; line %1").arg(found.blockNumber() + 1)
                         : tr("Line %1").arg(found.blockNumber() + 1));
    return true;
}

bool FindBar::selectionIsMatch() const
{
    const QString selected = m_editor->textCursor().selectedText();
    return !selected.isEmpty()
        && selected.compare(m_find->text(), m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive)
        == 0;
}

bool FindBar::replaceCurrent()
{
    if (!m_editor || m_editor->isReadOnly() || m_find->text().isEmpty())
        return false;
    if (!selectionIsMatch())
        return findNext(); // first press: go to the match, second press: replace it
    QTextCursor c = m_editor->textCursor();
    c.insertText(m_replace->text());
    m_editor->setTextCursor(c);
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    const QString needle = m_find->text();
    if (!m_editor || m_editor->isReadOnly() || needle.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *doc = m_editor->document();
    QTextCursor edit(doc);
    edit.beginEditBlock(); // one undo step for all replacements
    int count = 0;
    QTextCursor found = doc->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = doc->find(needle, found, flags); // continues after the inserted text
    }
    edit.endEditBlock();
    updateStatus(count ? tr("Replaced %n occurrence(s)", nullptr, count) : tr("Not found"));
    return count;
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::updateStatus(const QString &text)
{
    m_status->setText(text);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Armlift
