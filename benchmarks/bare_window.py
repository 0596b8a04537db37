"""The floor for start-up: a bare PySide6 window with the same widget kinds as rcpdesk's.

Run by benchmarks/run.py with RCPDESK_BENCH_T0 set; prints one JSON line at first paint
(seconds since launch, peak RSS in MiB) through the same probe the app uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QApplication,
        QDockWidget,
        QLineEdit,
        QMainWindow,
        QTableWidget,
        QTextBrowser,
        QTreeView,
    )

    app = QApplication(sys.argv)
    window = QMainWindow()
    tree = QTreeView()
    model = QStandardItemModel()
    for region in range(6):
        item = QStandardItem(f"Region {region}")
        for process in range(5):
            item.appendRow(QStandardItem(f"Process {region}.{process}"))
        model.appendRow(item)
    tree.setModel(model)
    dock = QDockWidget("Browse")
    dock.setWidget(tree)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    browser = QTextBrowser()
    browser.setHtml("<h1>Bali Process</h1><p>" + "Text " * 200 + "</p>")
    window.setCentralWidget(browser)
    table = QTableWidget(12, 4)
    table_dock = QDockWidget("Compare")
    table_dock.setWidget(table)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, table_dock)
    window.addToolBar("Search").addWidget(QLineEdit())
    window.resize(1366, 768)

    from rcpdesk import first_paint

    first_paint.install(browser)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
