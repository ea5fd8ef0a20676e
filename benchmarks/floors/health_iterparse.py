"""Apple Health floor: one bare ElementTree iterparse pass over export.xml that only counts Workout elements
(each element cleared once read, as any streaming reader must)."""

import sys
import xml.etree.ElementTree as ET

count = 0
for _event, element in ET.iterparse(sys.argv[1]):
    if element.tag == "Workout":
        count += 1
    element.clear()
print(count)
