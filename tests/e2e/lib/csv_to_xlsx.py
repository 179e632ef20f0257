"""Writes CSV files as the sheets of one workbook, as an analyst's Annex A
workbook holds its lists (tests/e2e/xlsx.sh). Each CSV line goes to the sheet
row of the same number, so messages name the same rows. Dates (DD/MM/YYYY)
are written alternately as real dates (a serial number in a dd/mm/yyyy
style) and as text typed into the cell; whole numbers without a leading zero
as numbers; everything else as text.

usage: python3 csv_to_xlsx.py OUT.xlsx 1900|1904 CSV...   (sheet name: the CSV's stem)
"""
import csv
import datetime
import os
import re
import sys

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

out, system, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
book = openpyxl.Workbook()
book.remove(book.active)
if system == "1904":
    book.epoch = CALENDAR_MAC_1904
date_re = re.compile(r"^(\d\d)/(\d\d)/(\d{4})$")
count = 0
for path in paths:
    sheet = book.create_sheet(os.path.splitext(os.path.basename(path))[0])
    with open(path, newline="", encoding="utf-8-sig") as f:
        for r, fields in enumerate(csv.reader(f), start=1):
            for c, text in enumerate(fields, start=1):
                if text == "":
                    continue
                cell = sheet.cell(row=r, column=c)
                m = date_re.match(text)
                if m and r > 1:
                    count += 1
                    if count % 2:
                        day, month, year = map(int, m.groups())
                        cell.value = datetime.datetime(year, month, day)
                        cell.number_format = "dd/mm/yyyy"
                        continue
                if re.fullmatch(r"[1-9]\d{0,14}|0", text):
                    cell.value = int(text)
                else:
                    cell.value = text
book.save(out)
