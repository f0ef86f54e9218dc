#pragma once

#include <QDialog>
#include <QFont>

class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace Armlift {

// Editor settings that take effect at once: theme (any KSyntaxHighlighting theme, or follow
// the system palette) and font.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QString themeName() const; // empty: follow system
    void setThemeName(const QString &name);
    QFont editorFont() const;
    void setEditorFont(const QFont &font);

    // Shows the dialog; on OK stores the choice in the settings and returns true.
    bool editSettings();

private:
    QComboBox *m_theme;
    QFontComboBox *m_font;
    QSpinBox *m_size;
};

} // namespace Armlift
