#pragma once

#include "model/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Armlift {

struct RuleContext;

// An `apt-get install` / `apt install` / `apk add` / `yum|dnf install` command of a RUN.
struct InstallCommand
{
    int source = -1;      // index into RuleContext::shell
    int command = -1;
    int instruction = -1;
    QString manager;      // "apt", "apk", "rpm"
    QStringList packages; // names without versions
    int lastWord = -1;    // the command's last word (where new packages go)
};

// Install commands that run before (or in) instruction `index` in its stage and the stages
// it is built FROM. Commands inside architecture branches are left out.
QList<InstallCommand> installCommandsBefore(const RuleContext &ctx, int index);

// Does the stage of `index` install one of `names` before it?
bool installsAnyOf(const QList<InstallCommand> &commands, const QStringList &names);

// "apt" or "apk" for the stage of `index` (from its install commands or its base image);
// empty when it uses another package manager or it cannot tell.
QString packageManagerOf(const RuleContext &ctx, int index);

// An edit adding `packages` to the stage's last install command before `index`, or a new
// RUN line before instruction `index` when the stage has none. False when no safe edit exists.
bool addPackagesEdit(const RuleContext &ctx, int index, const QStringList &packages, TextEdit *edit);

} // namespace Armlift
