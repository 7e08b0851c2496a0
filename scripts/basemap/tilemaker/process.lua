-- The offline basemap's tag processing for tilemaker 2.2: the few layers the atlas draws
-- (styles/offline-basemap.ts), in the OpenMapTiles schema's names and classes.
-- Trimmed from tilemaker's process-openmaptiles.lua (Debian's tilemaker 2.2 examples), which says:
--   Data processing based on openmaptiles.org schema, https://openmaptiles.org/schema/
--   Copyright (c) 2016, KlokanTech.com & OpenMapTiles contributors. Used under CC-BY 4.0
-- This file is changed from it (most layers and attributes removed; name_zh and name_en added)
-- and is likewise under CC-BY 4.0. See scripts/basemap/README.md.

function Set(list)
	local set = {}
	for _, l in ipairs(list) do set[l] = true end
	return set
end

-- Metres per pixel of a 256 px tile, for the zoom at which an area becomes worth drawing
ZRES = { [6]=2445.98, [7]=1222.99, [8]=611.5, [9]=305.7, [10]=152.9, [11]=76.4, [12]=38.2, [13]=19.1 }

placeMinZoom = { city=8, town=8, village=10, suburb=11, hamlet=12, neighbourhood=13, locality=13 }

-- Names in both of the atlas's languages: the name tag is what a local map shows (Chinese here).
function SetNames(obj)
	local name = obj:Find("name")
	if name == "" then return end
	obj:Attribute("name", name)
	local zh = obj:Find("name:zh")
	if zh ~= "" then obj:Attribute("name_zh", zh) end
	local en = obj:Find("name:en")
	if en ~= "" then obj:Attribute("name_en", en) end
end

node_keys = { "place" }
function node_function(node)
	local place = node:Find("place")
	local mz = placeMinZoom[place]
	if mz then
		node:Layer("place", false)
		node:Attribute("class", place)
		node:MinZoom(mz)
		SetNames(node)
	end
end

majorRoadValues = Set { "motorway", "trunk", "primary" }
mainRoadValues  = Set { "secondary", "motorway_link", "trunk_link", "primary_link", "secondary_link" }
midRoadValues   = Set { "tertiary", "tertiary_link" }
minorRoadValues = Set { "unclassified", "residential", "road", "living_street" }
linkValues      = Set { "motorway_link", "trunk_link", "primary_link", "secondary_link", "tertiary_link" }
railwayClasses  = { rail="rail", narrow_gauge="rail", preserved="rail", funicular="rail",
                    subway="transit", light_rail="transit", monorail="transit", tram="transit" }
landuseKeys     = Set { "school", "university", "kindergarten", "college", "hospital", "railway", "cemetery",
                        "military", "residential", "commercial", "industrial", "retail", "stadium" }
landcoverKeys   = { wood="wood", forest="wood", wetland="wetland", beach="sand", sand="sand",
                    farmland="farmland", farm="farmland", orchard="farmland", vineyard="farmland",
                    plant_nursery="farmland", grassland="grass", grass="grass", meadow="grass",
                    allotments="grass", park="grass", village_green="grass", recreation_ground="grass",
                    garden="grass", golf_course="grass" }
waterClasses    = Set { "river", "riverbank", "stream", "canal", "drain", "ditch", "dock" }
waterwayClasses = Set { "stream", "river", "canal", "drain", "ditch" }

function SetMinZoomByArea(way)
	local area = way:Area()
	for z = 6, 13 do
		if area > ZRES[z]^2 then way:MinZoom(z); return end
	end
	way:MinZoom(14)
end

function way_function(way)
	local highway  = way:Find("highway")
	local railway  = way:Find("railway")
	local waterway = way:Find("waterway")
	local building = way:Find("building")
	local natural  = way:Find("natural")
	local landuse  = way:Find("landuse")
	local leisure  = way:Find("leisure")
	local amenity  = way:Find("amenity")
	local isClosed = way:IsClosed()

	if way:Find("disused") == "yes" then return end

	if highway ~= "" then
		local access = way:Find("access")
		if access == "private" or access == "no" then return end
		local h, minzoom = highway, 99
		if majorRoadValues[highway] then minzoom = 8 end
		if mainRoadValues[highway] then minzoom = 9 end
		if midRoadValues[highway] then minzoom = 11 end
		if minorRoadValues[highway] then h = "minor"; minzoom = 12 end
		if highway == "service" then minzoom = 13 end
		if minzoom <= 14 then
			if linkValues[highway] then h = string.gsub(h, "_link", "") end
			way:Layer("transportation", false)
			way:MinZoom(minzoom)
			way:Attribute("class", h)
		end
	end

	local railClass = railwayClasses[railway]
	if railClass and way:Find("service") == "" then
		way:Layer("transportation", false)
		way:Attribute("class", railClass)
		way:MinZoom(railClass == "rail" and 8 or 11)
	end

	if waterwayClasses[waterway] and not isClosed then
		way:Layer("waterway", false)
		way:Attribute("class", waterway)
		way:MinZoom((waterway == "river" or waterway == "canal") and 8 or 12)
		SetNames(way)
	end

	if building ~= "" then
		way:Layer("building", true)
		SetMinZoomByArea(way)
	end

	if isClosed and (natural == "water" or natural == "bay" or leisure == "swimming_pool"
			or landuse == "reservoir" or landuse == "basin" or waterClasses[waterway]) then
		if way:Find("covered") == "yes" then return end
		way:Layer("water", true)
		way:Attribute("class", (natural == "bay") and "ocean" or "lake")
		SetMinZoomByArea(way)
		return
	end

	local l = landuse
	if l == "" then l = natural end
	if l == "" then l = leisure end
	if landcoverKeys[l] then
		way:Layer("landcover", true)
		way:Attribute("class", landcoverKeys[l])
		SetMinZoomByArea(way)
	else
		if l == "" then l = amenity end
		if landuseKeys[l] then
			way:Layer("landuse", true)
			way:Attribute("class", l)
			SetMinZoomByArea(way)
		end
	end
end

-- tilemaker calls these; the basemap needs no set-up or relations.
function init_function() end
function exit_function() end
