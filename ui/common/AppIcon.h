#pragma once

#include <QIcon>

// DaycareDesk's icon (resources/icons) at every size embedded, for the title bars and the task bar.
QIcon appIcon();
