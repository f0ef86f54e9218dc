#pragma once

#include <QCoreApplication>
#include <QString>

namespace Armlift {

// The bundled workshop repository and the user's working copy of it. Participants change the
// files (that is the point of the workshop), so they always work on a copy under the user's
// data folder, never on the installed files; "reset" replaces the copy with a fresh one.
class WorkshopCopy
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::WorkshopCopy)

public:
    // Where the bundled workshop is: next to the installed binary (share/armlift/workshop on
    // Linux and in the AppImage, Resources/workshop in the macOS bundle), else the source tree
    // of a development build. Empty when none is found.
    static QString bundledSource();
    // <user data folder>/workshop, e.g. ~/.local/share/Armlift/armlift/workshop.
    static QString userCopyPath();

    // Copies `source` to `destination` unless it exists already; with `reset`, an existing copy
    // is replaced. The copy is made in a sibling temporary folder and renamed into place, so a
    // failure (disk full, unreadable file) leaves the previous copy or nothing, never half a
    // workshop. Returns false with a message naming the file on error.
    static bool ensure(const QString &source, const QString &destination, bool reset, QString *error);
};

} // namespace Armlift
